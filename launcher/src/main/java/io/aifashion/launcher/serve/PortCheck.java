package io.aifashion.launcher.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks up front that every port is free, so a conflict is reported clearly before anything starts. */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(int port, String what, String flag) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new PortConflictException("Port " + port + " (" + what + ") is already in use. "
                    + "Stop the program using it, or choose another port with " + flag + ".");
        }
    }
}
