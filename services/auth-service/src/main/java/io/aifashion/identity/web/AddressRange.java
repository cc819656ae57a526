package io.aifashion.identity.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One trusted-proxy entry: a single address ({@code 127.0.0.1}, {@code ::1}) or a CIDR block
 * ({@code 10.0.0.0/8}, {@code fd00::/8}; RFC 4632 notation), so a gateway whose pod address changes
 * (Kubernetes) can be trusted by its network. Only literals are accepted: a host name would need a
 * DNS lookup per request and could be pointed elsewhere.
 *
 * @param network the first address of the block, as bytes (4 for IPv4, 16 for IPv6)
 * @param prefix  how many leading bits must match
 */
public record AddressRange(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public AddressRange {
        network = network.clone();
        if (network.length != 4 && network.length != 16) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes");
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("prefix length " + prefix + " out of range for this address");
        }
    }

    @Override
    public byte[] network() {
        return network.clone();
    }

    /** Parses {@code address} or {@code address/prefix}; a clear message for anything else. */
    public static AddressRange parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        byte[] bytes = literal(address).orElseThrow(() -> new IllegalArgumentException(
                "trusted proxy '" + text + "' is not an IP address or CIDR block (e.g. 10.0.0.0/8)"));
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("trusted proxy '" + text + "' has no valid prefix length");
            }
        }
        return new AddressRange(bytes, prefix);
    }

    /** Whether the literal address lies in this range (false for anything that is not an address). */
    public boolean contains(String address) {
        return literal(address).filter(b -> b.length == network.length).map(this::matches).orElse(false);
    }

    private boolean matches(byte[] candidate) {
        int bits = network.length * 8;
        BigInteger mask = prefix == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(bits - prefix).shiftLeft(bits - prefix);
        return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
    }

    /** The bytes of an IP literal, without any name lookup (the patterns let no host name through). */
    static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (!IPV4.matcher(s).matches() && !IPV6.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(s).getAddress();
            // An IPv4-mapped IPv6 literal (::ffff:a.b.c.d) comes back as IPv4 bytes already.
            return Optional.of(bytes);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressRange r && prefix == r.prefix && java.util.Arrays.equals(network, r.network);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
