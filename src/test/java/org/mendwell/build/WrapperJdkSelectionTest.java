package org.mendwell.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrapper's JDK selection (.mvn/select-jdk.sh), run by /bin/sh as ./mvnw runs it, against
 * fake JDK homes: a newcomer whose default java is 17 must get a JDK 21+ without knowing where
 * it lives, or one line saying what to install.
 */
class WrapperJdkSelectionTest {

    @TempDir
    Path dir;

    record Outcome(int exitCode, String javaHome, String stderr) {}

    @Test
    void an_old_java_on_the_path_is_replaced_by_the_newest_jdk_found_with_one_line_saying_so() throws Exception {
        Path old = fakeJdk("system/java-17", "17.0.15");
        fakeJdk("jvm/jdk-21", "21.0.5");
        Path newest = fakeJdk("jvm/temurin-25", "25.0.3");
        fakeJdk("jvm/jre-30-without-javac", "30").resolve("bin/javac").toFile().delete();

        Outcome outcome = select(Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin"));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.javaHome()).isEqualTo(newest.toString());
        assertThat(outcome.stderr().lines())
                .singleElement()
                .asString()
                .contains("Java 17")
                .contains("using Java 25 from " + newest);
    }

    @Test
    void a_java_home_that_is_new_enough_is_kept_silently() throws Exception {
        Path chosen = fakeJdk("jvm/jdk-21", "21.0.5");
        fakeJdk("jvm/temurin-25", "25.0.3");

        Outcome outcome = select(Map.of("JAVA_HOME", chosen.toString()));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.javaHome()).isEqualTo(chosen.toString());
        assertThat(outcome.stderr()).isEmpty();
    }

    @Test
    void an_old_java_home_is_replaced_too() throws Exception {
        Path old = fakeJdk("system/java-17", "17.0.15");
        Path jdk21 = fakeJdk("jvm/jdk-21", "21.0.5");

        Outcome outcome = select(Map.of("JAVA_HOME", old.toString()));

        assertThat(outcome.javaHome()).isEqualTo(jdk21.toString());
        assertThat(outcome.stderr()).contains("JAVA_HOME (" + old + ") is Java 17");
    }

    @Test
    void without_any_new_enough_jdk_it_stops_with_one_line_that_says_how_to_install_one() throws Exception {
        Path old = fakeJdk("system/java-17", "17.0.15");
        fakeJdk("jvm/java-11", "11.0.2");
        fakeJdk("jvm/java-8", "1.8.0_402");

        Outcome outcome = select(Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin"));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr().lines())
                .singleElement()
                .asString()
                .contains("needs a JDK 21 or newer")
                .contains("Java 17")
                .contains("apt-get install");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        for (String tool : new String[] {"java", "javac"}) {
            Path script = home.resolve("bin").resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho 'openjdk version \"" + version + "\"' >&2\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }

    private Outcome select(Map<String, String> env) throws Exception {
        Path script = Path.of(".mvn/select-jdk.sh").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(
                "/bin/sh", "-c", "set -euf; . \"$1\"; printf %s \"${JAVA_HOME-}\"", "sh", script.toString());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().put("MVNW_JDK_SEARCH_ROOTS", dir.resolve("jvm").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Outcome(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
