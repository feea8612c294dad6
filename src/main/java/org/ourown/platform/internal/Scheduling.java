package org.ourown.platform.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Nightly and periodic jobs (such as rolling the directory's openings forward). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {}
