package org.ourown.platform.web;

import org.ourown.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Handlers that fail on purpose, so tests can see what a person sees when something breaks. */
class TestOnlyFailures {

    @Controller
    static class Page {
        @GetMapping("/test-only/fail")
        String fail() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @RestController
    static class Api {
        @GetMapping("/api/test-only/fail")
        String fail() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @Configuration
    static class Open {
        @Bean
        PublicPaths testOnlyPaths() {
            return new PublicPaths("/test-only/**");
        }
    }
}
