package org.mendwell.shared;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo practice, from {@code mendwell.demo.*}. Here rather than in {@code demo} because the account
 * feature, which {@code demo} builds on, must know whether the demo practice runs (its published password
 * and development key are refused otherwise).
 *
 * @param enabled {@code mendwell.demo.enabled}: seed the demo practice; never in production
 * @param history {@code mendwell.demo.history}: give the demo clients weeks of past exercises
 * @param size    {@code mendwell.demo.size}: {@code demo}, or a generated practice's size for benchmarks
 * @param seed    {@code mendwell.demo.seed}: the generated practice's random seed, so a run can be repeated
 */
@ConfigurationProperties("mendwell.demo")
@Validated
public record DemoSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("true") boolean history,
        @DefaultValue("demo") @NotBlank String size,
        @DefaultValue("20261124") long seed) {}
