package org.firegov.localstack;

import de.bwaldvogel.mongo.MongoServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A MongoDB wire-protocol server in this JVM (mongo-java-server), storing into an H2 MVStore file so read models
 * survive restarts. Only CRUD, indexes and simple aggregation: see docs/ARCHITECTURE.md.
 */
final class MongoPart implements Part {

    private final StackConfig config;
    private MongoServer server;

    MongoPart(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "mongo";
    }

    @Override
    public List<PortKey> ports() {
        return List.of(PortKey.MONGO);
    }

    @Override
    public String startingDetail() {
        return "port " + config.port(PortKey.MONGO) + ", data in " + storeFile();
    }

    private Path storeFile() {
        return config.dataDir().resolve("mongo").resolve("firegov.mv");
    }

    @Override
    public void start() {
        try {
            Files.createDirectories(storeFile().getParent());
            MongoServer s = new MongoServer(new HelloAwareH2Backend(storeFile().toString()));
            try {
                s.bind("127.0.0.1", config.port(PortKey.MONGO));
            } catch (RuntimeException e) {
                s.shutdown(); // closes the H2 store again
                throw e;
            }
            server = s;
        } catch (IOException | RuntimeException e) {
            throw new LocalStackException("Mongo did not start: " + e.getMessage()
                    + (String.valueOf(e.getMessage()).contains("locked")
                    ? " (is another local stack using " + storeFile() + "?)" : ""), e);
        }
    }

    @Override
    public void awaitReady(Duration timeout, Runnable stillWanted) {
        Poll.until("Mongo", timeout, Duration.ofMillis(100), stillWanted, () -> Poll.tcpOpen(config.port(PortKey.MONGO)));
    }

    @Override
    public String readyDetail() {
        return config.mongoUri("<db>");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown(); // closes the backend: the MVStore is committed and closed, nothing is lost
            server = null;
        }
    }

    @Override
    public boolean isAlive() {
        return server != null;
    }
}
