package org.firegov.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server 1.47 answers the legacy {@code isMaster} on any database but not its successor {@code hello},
 * which Spring Boot's Mongo health indicator sends (spring-boot#41101): without this, every service using Mongo
 * reports DOWN. Answers {@code hello} as {@code isMaster}, with the field real servers add.
 */
final class HelloAwareH2Backend extends H2Backend {

    HelloAwareH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document response = super.handleCommand(channel, databaseName, "ismaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            return response;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
