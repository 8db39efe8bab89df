package org.partnershipledger.web.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the embedded store over the MongoDB wire protocol on a Unix domain socket in the data directory,
 * which only the ledger's user can open (the socket and its folder are theirs alone), and on no network
 * port. Only when an operator names an address ({@code LEDGER_STORE_SERVE_ADDRESS}) is it served there
 * too, for other ledger nodes, without authentication.
 */
final class StoreServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreServer.class);
    static final String SOCKET_DIRECTORY = "store";
    static final String SOCKET_FILE = "mongodb.sock"; // the driver takes a host ending in .sock for a socket
    // sun_path holds 108 bytes with its terminating zero.
    private static final int LONGEST_SOCKET_PATH = 107;

    private final MongoBackend backend;
    private final Path socket;
    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private final ChannelGroup clients;
    private final List<Channel> listening = new ArrayList<>();

    private StoreServer(MongoBackend backend, Path socket) {
        this.backend = backend;
        this.socket = socket;
        this.acceptors = new NioEventLoopGroup(1, new DefaultThreadFactory("embedded-store-accept", true));
        this.workers = new NioEventLoopGroup(0, new DefaultThreadFactory("embedded-store", true));
        this.clients = new DefaultChannelGroup("embedded-store-clients", workers.next());
    }

    /**
     * Listens on the socket in {@code dataDirectory}, replacing one a killed ledger left behind: the caller
     * holds the store's file, so no other ledger is serving from this directory.
     */
    static StoreServer serve(MongoBackend backend, Path dataDirectory, InetSocketAddress servedAddress) {
        Path directory = dataDirectory.resolve(SOCKET_DIRECTORY);
        Path socket = directory.resolve(SOCKET_FILE);
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > LONGEST_SOCKET_PATH) {
            throw new EmbeddedStoreUnavailableException(
                    socket,
                    "the path of its socket is longer than " + LONGEST_SOCKET_PATH
                            + " bytes; choose a shorter LEDGER_DATA_DIR",
                    null);
        }
        try {
            ownerOnlyDirectory(directory);
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            throw new EmbeddedStoreUnavailableException(socket, "cannot prepare its socket: " + e.getMessage(), e);
        }
        StoreServer server = new StoreServer(backend, socket);
        try {
            server.listen(NioServerDomainSocketChannel.class, UnixDomainSocketAddress.of(socket));
            ownerOnly(socket, "rw-------");
            if (servedAddress != null) {
                server.listen(NioServerSocketChannel.class, servedAddress);
                log.warn(
                        "The embedded store is also served on {} (LEDGER_STORE_SERVE_ADDRESS), without"
                                + " authentication: whoever reaches that address can read and change every"
                                + " collection",
                        servedAddress);
            }
        } catch (IOException | RuntimeException e) {
            server.close();
            throw new EmbeddedStoreUnavailableException(socket, "cannot serve it: " + e.getMessage(), e);
        }
        return server;
    }

    /** The socket as the MongoDB driver is given it: its path, URL-encoded. */
    String connectionString() {
        return "mongodb://"
                + java.net.URLEncoder.encode(socket.toString(), StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    Path socket() {
        return socket;
    }

    private void listen(Class<? extends io.netty.channel.ServerChannel> type, java.net.SocketAddress address) {
        listening.add(new ServerBootstrap()
                .group(acceptors, workers)
                .channel(type)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline()
                                .addLast(
                                        new MongoWireReplyEncoder(),
                                        new MongoWireMessageEncoder(),
                                        new MongoWireProtocolHandler(),
                                        new MongoDatabaseHandler(backend, clients),
                                        new MongoExceptionHandler());
                    }
                })
                .bind(address)
                .syncUninterruptibly()
                .channel());
    }

    private static void ownerOnlyDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        ownerOnly(directory, "rwx------");
    }

    static void ownerOnly(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    /** Stops listening, closes the connections, closes the backend (which commits) and removes the socket. */
    @Override
    public void close() {
        for (Channel channel : listening) {
            channel.close().syncUninterruptibly();
        }
        clients.close().syncUninterruptibly();
        acceptors.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        backend.close();
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            log.warn("Could not remove the embedded store's socket {}", socket, e);
        }
    }
}
