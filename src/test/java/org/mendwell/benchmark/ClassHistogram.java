package org.mendwell.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live objects of the server process by class, from {@code jcmd <pid> GC.class_histogram}, which
 * runs a full collection first: what is left is what sessions and caches really hold.
 */
record ClassHistogram(long totalBytes, Map<String, Long> bytesByClass) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)");

    static ClassHistogram of(ProductionJar server) {
        String output = server.jcmd("GC.class_histogram");
        long total = -1;
        Map<String, Long> byClass = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                byClass.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
                continue;
            }
            Matcher sum = TOTAL.matcher(line);
            if (sum.find()) {
                total = Long.parseLong(sum.group(1));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("No total in the class histogram: " + output);
        }
        return new ClassHistogram(total, byClass);
    }

    /** The classes that grew most from {@code before} to this histogram, largest first. */
    List<Map.Entry<String, Long>> largestGrowthSince(ClassHistogram before, int limit) {
        List<Map.Entry<String, Long>> growth = new ArrayList<>();
        bytesByClass.forEach(
                (name, bytes) -> growth.add(Map.entry(name, bytes - before.bytesByClass.getOrDefault(name, 0L))));
        growth.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return growth.subList(0, Math.min(limit, growth.size()));
    }
}
