package org.mendwell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MendwellApplication {

    public static void main(String[] args) {
        SpringApplication.run(MendwellApplication.class, args);
    }
}
