package io.aifashion.imaging.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds multipart/form-data bodies (RFC 7578) byte for byte, including broken ones on purpose. */
public final class Multipart {

    private final String boundary = "----aifashion" + UUID.randomUUID().toString().replace("-", "");
    private final List<byte[]> parts = new ArrayList<>();

    public Multipart file(String name, String filename, String contentType, byte[] data) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(data);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        parts.add(out.toByteArray());
        return this;
    }

    public Multipart field(String name, String value) {
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static Multipart image(String filename, String contentType, byte[] data) {
        return new Multipart().file("image", filename, contentType, data);
    }
}
