package org.mendwell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MendwellApplication {

    public static void main(String[] args) {
        SpringApplication.run(MendwellApplication.class, args);
    }
}
