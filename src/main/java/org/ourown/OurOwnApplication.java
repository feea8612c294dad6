package org.ourown;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OurOwnApplication {
    public static void main(String[] args) {
        SpringApplication.run(OurOwnApplication.class, args);
    }
}
