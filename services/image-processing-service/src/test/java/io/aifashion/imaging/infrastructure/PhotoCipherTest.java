package io.aifashion.imaging.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-256-GCM sealing of kept photos and where its key comes from. */
class PhotoCipherTest {

    static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    @Test
    void sealsAndOpensBoundToTheAnalysis() throws Exception {
        PhotoCipher cipher = new PhotoCipher(KEY);
        UUID id = UUID.randomUUID();
        byte[] photo = "pixels".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = cipher.seal(photo, id);
        assertThat(sealed).hasSize(12 + photo.length + 16);
        assertThat(cipher.open(sealed, id)).isEqualTo(photo);
        assertThat(cipher.seal(photo, id)).as("a fresh nonce every time").isNotEqualTo(sealed);

        assertThatThrownBy(() -> cipher.open(sealed, UUID.randomUUID())).as("moved to another analysis")
                .isInstanceOf(GeneralSecurityException.class);
        byte[] altered = sealed.clone();
        altered[14] ^= 1;
        assertThatThrownBy(() -> cipher.open(altered, id)).isInstanceOf(GeneralSecurityException.class);
        byte[] otherKey = KEY.clone();
        otherKey[0] = 8;
        assertThatThrownBy(() -> new PhotoCipher(otherKey).open(sealed, id)).isInstanceOf(GeneralSecurityException.class);
        assertThat(new PhotoCipher(otherKey).keyId()).isNotEqualTo(cipher.keyId()).hasSize(16);
    }

    @Test
    void onlyAes256KeysAreAccepted() {
        assertThatThrownBy(() -> new PhotoCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhotoKeySource.load(Base64.getEncoder().encodeToString(new byte[16]), Path.of("x")))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> PhotoKeySource.load("not base64!", Path.of("x"))).hasMessageContaining("base64");
    }

    @Test
    void aConfiguredKeyWinsOverTheFile(@TempDir Path dir) {
        Path file = dir.resolve("photo.key");
        assertThat(PhotoKeySource.load(Base64.getEncoder().encodeToString(KEY), file)).isEqualTo(KEY);
        assertThat(file).doesNotExist();
    }

    @Test
    void aLocalKeyIsGeneratedOnceWithOwnerOnlyPermissionsAndReused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("imaging").resolve("photo.key");
        byte[] first = PhotoKeySource.load("", file);
        assertThat(first).hasSize(32);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(PhotoKeySource.load(null, file)).isEqualTo(first);
    }
}
