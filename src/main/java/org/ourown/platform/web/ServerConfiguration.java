package org.ourown.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Settings of the embedded Tomcat that Spring Boot has no property for. */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    /**
     * A response goes to the socket through a buffer of each connection's, a write each time it fills. With Tomcat's
     * 8 KiB a directory search of 20 listings (about 24 KiB of JSON) took three writes, and woke the client for each:
     * 3.6 writes a search in all, 2.1 with 32 KiB (bench/directory/README.md). The buffer is held for each open
     * connection, so 32 KiB is 24 KiB more than Tomcat's for each.
     */
    @Bean
    TomcatConnectorCustomizer socketWriteBuffer(
            @Value("${ourown.web.socket-write-buffer:32KB}") DataSize socketWriteBuffer) {
        String bytes = Long.toString(socketWriteBuffer.toBytes());
        return connector -> connector.setProperty("socket.appWriteBufSize", bytes);
    }
}
