package org.mendwell.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the application and its database that a test can cut and restore: cut closes
 * every open connection and stops accepting new ones, exactly what the application sees when the
 * database server goes away; restore listens again on the same port. The database itself, shared
 * with the rest of the suite, is never stopped.
 */
public final class CuttableProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private CuttableProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = listener.getLocalPort();
        accept(listener);
    }

    public static CuttableProxy to(String host, int port) {
        try {
            return new CuttableProxy(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("Could not open the proxy", e);
        }
    }

    public int port() {
        return port;
    }

    /** The database is gone: open connections break, new ones are refused. */
    public synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** The database is back, on the same address. */
    public synchronized void restore() throws IOException {
        if (listener.isClosed()) {
            var again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = again;
            accept(again);
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocket server) {
        Thread.ofVirtual().name("proxy-accept").start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket database = new Socket(target.getAddress(), target.getPort());
                    synchronized (this) {
                        // A cut that came while this connection was being made ends it too.
                        if (server.isClosed()) {
                            client.close();
                            database.close();
                            return;
                        }
                        open.add(client);
                        open.add(database);
                    }
                    pipe(client, database);
                    pipe(database, client);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().name("proxy-pipe").start(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException broken) {
                // One side went away; the other is closed below.
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // Already closed.
                }
                open.remove(from);
                open.remove(to);
            }
        });
    }
}
