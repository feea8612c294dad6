package org.ourown.directory.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The HSDS API's page envelopes go out through their own converter, ahead of the default ones. */
@Configuration(proxyBeanMethods = false)
class EnvelopeJsonConfiguration implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new EnvelopeJson.Converter());
    }
}
