package org.mendwell.intake.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.mendwell.intake.IntakeChoices.TrustBreach;

/** Stores the ticked trust breaches as a comma-separated list of their names. */
@Converter
public class TrustBreachesConverter implements AttributeConverter<Set<TrustBreach>, String> {

    @Override
    public String convertToDatabaseColumn(Set<TrustBreach> breaches) {
        return breaches == null
                ? ""
                : breaches.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<TrustBreach> convertToEntityAttribute(String column) {
        Set<TrustBreach> breaches = EnumSet.noneOf(TrustBreach.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(name -> breaches.add(TrustBreach.valueOf(name)));
        }
        return breaches;
    }
}
