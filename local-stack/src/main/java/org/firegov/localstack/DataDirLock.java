package org.firegov.localstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One stack per data dir: a second one would share PostgreSQL's, Mongo's and Kafka's files. */
final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve("local-stack.lock");
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                String holder = readQuietly(file);
                throw new LocalStackException("The data dir " + dataDir + " is in use by another local stack"
                        + (holder.isBlank() ? "" : " (pid " + holder.trim() + ")")
                        + ". Stop it first, or use another data dir: --data-dir=<dir> or FIREGOV_DATA_DIR.");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes()));
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            throw new LocalStackException("Cannot lock the data dir " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // released when the JVM exits anyway
        }
    }
}
