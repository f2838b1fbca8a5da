package org.firegov.localstack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Best effort, Linux only: which process listens on a TCP port (from /proc), for error messages. */
final class PortOwner {

    private static final String LISTEN = "0A";

    private PortOwner() {
    }

    static String describe(int port) {
        try {
            String inode = listeningInode(port);
            if (inode == null) {
                return null;
            }
            String socket = "socket:[" + inode + "]";
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path proc : procs) {
                    if (ownsSocket(proc, socket)) {
                        return "pid " + proc.getFileName() + " (" + commandLine(proc) + ")";
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no permission: the message just says less
        }
        return null;
    }

    private static String listeningInode(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[1].endsWith(hexPort) && LISTEN.equals(f[3])) {
                    return f[9];
                }
            }
        }
        return null;
    }

    private static boolean ownsSocket(Path proc, String socket) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    if (socket.equals(Files.readSymbolicLink(fd).toString())) {
                        return true;
                    }
                } catch (IOException ignored) {
                    // the fd closed meanwhile
                }
            }
        } catch (IOException | SecurityException ignored) {
            // another user's process
        }
        return false;
    }

    private static String commandLine(Path proc) {
        try {
            String cmd = new String(Files.readAllBytes(proc.resolve("cmdline"))).replace('\0', ' ').trim();
            return cmd.length() > 120 ? cmd.substring(0, 117) + "..." : cmd;
        } catch (IOException e) {
            return "?";
        }
    }
}
