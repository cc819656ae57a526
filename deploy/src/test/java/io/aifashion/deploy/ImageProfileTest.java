package io.aifashion.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The container images (Maven profile {@code images}, Jib): every service module and the gateway
 * builds one, starting the class that really is its main class, exposing the port the manifests
 * use, as a non-root user with container-aware JVM flags.
 */
class ImageProfileTest {

    private static Document pom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Element path(Element from, String... names) {
        Element current = from;
        for (String name : names) {
            current = child(current, name);
        }
        return current;
    }

    private static List<String> texts(Element parent, String name) {
        List<String> out = new ArrayList<>();
        if (parent != null) {
            NodeList nodes = parent.getElementsByTagName(name);
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent().strip());
            }
        }
        return out;
    }

    private static Element profile(Document pom, String id) {
        Element profiles = child(pom.getDocumentElement(), "profiles");
        if (profiles == null) {
            return null;
        }
        for (Node n = profiles.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && id.equals(child(e, "id").getTextContent().strip())) {
                return e;
            }
        }
        return null;
    }

    private static Element jib(Element build) {
        Element plugins = child(build, "plugins");
        if (plugins == null) {
            return null;
        }
        for (Node n = plugins.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "jib-maven-plugin".equals(child(e, "artifactId").getTextContent().strip())) {
                return e;
            }
        }
        return null;
    }

    private static List<Path> serviceModules() throws IOException {
        try (Stream<Path> dirs = Files.list(Repo.path("services"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).sorted().toList();
        }
    }

    @Test
    void everyServiceModuleBuildsAnImageOfItsMainClassOnItsPort() throws Exception {
        List<Path> modules = serviceModules();
        assertThat(modules).as("service modules").isNotEmpty();
        for (Path module : modules) {
            String name = module.getFileName().toString();
            assertThat(Repo.SERVICES).as(name + " is a known service with a port").containsKey(name);
            Document pom = pom(module.resolve("pom.xml"));
            Element images = profile(pom, "images");
            assertThat(images).as(name + ": profile 'images' in its pom").isNotNull();
            assertThat(path(images, "properties", "jib.skip").getTextContent().strip()).isEqualTo("false");
            Element plugin = jib(child(images, "build"));
            assertThat(plugin).as(name + ": jib-maven-plugin in the images profile").isNotNull();
            Element container = path(plugin, "configuration", "container");
            String mainClass = child(container, "mainClass").getTextContent().strip();
            Path source = module.resolve("src/main/java/" + mainClass.replace('.', '/') + ".java");
            assertThat(source).as(name + " main class " + mainClass).exists();
            assertThat(Repo.read(source)).as(mainClass + " has a main method").contains("public static void main(String[] args)");
            assertThat(texts(child(container, "ports"), "port")).as(name + " exposed port")
                    .containsExactly(String.valueOf(Repo.SERVICES.get(name)));
            if (Repo.read(module.resolve("pom.xml")).contains("<artifactId>vision</artifactId>")) {
                // OpenCV through JNI: native access declared, native libraries unpacked where writable,
                // on a base image with the GTK libraries its highgui module links against.
                assertThat(texts(child(container, "jvmFlags"), "jvmFlag"))
                        .contains("--enable-native-access=ALL-UNNAMED", "-Dorg.bytedeco.javacpp.cachedir=/tmp/javacpp");
                assertThat(path(plugin, "configuration", "from", "image").getTextContent().strip())
                        .isEqualTo("${image.base.opencv}");
            }
        }
    }

    @Test
    void theParentDefinesNonRootContainerAwareImagesWrittenAsTarballsAtPackage() throws Exception {
        Document root = pom(Repo.path("pom.xml"));
        Element images = profile(root, "images");
        assertThat(images).as("root profile 'images'").isNotNull();
        Element properties = child(images, "properties");
        assertThat(child(properties, "jib.skip").getTextContent().strip()).as("libraries build no image").isEqualTo("true");
        assertThat(child(properties, "image.base").getTextContent().strip()).isNotBlank();
        Element localBase = profile(root, "local-base");
        assertThat(localBase).as("root profile 'local-base'").isNotNull();
        assertThat(child(child(localBase, "properties"), "image.base").getTextContent().strip())
                .startsWith("tar://").endsWith("/target/base-image/aifashion-base.tar");
        assertThat(Repo.read(Repo.path("pom.xml"))).contains("deploy/images/build-base-image.sh");

        Element managed = jib(path(root.getDocumentElement(), "build", "pluginManagement"));
        assertThat(managed).as("jib-maven-plugin in pluginManagement").isNotNull();
        assertThat(child(managed, "version").getTextContent().strip()).matches("\\d+\\.\\d+\\.\\d+");
        Element container = path(managed, "configuration", "container");
        String user = child(container, "user").getTextContent().strip();
        assertThat(user).as("image user").doesNotStartWith("0").doesNotStartWith("root").matches("\\d+(:\\d+)?");
        assertThat(texts(child(container, "jvmFlags"), "jvmFlag"))
                .contains("-XX:MaxRAMPercentage=75", "-Djdk.virtualThreadScheduler.parallelism=8");
        assertThat(path(managed, "configuration", "to", "image").getTextContent()).contains("${project.artifactId}");
        Element execution = path(managed, "executions", "execution");
        assertThat(child(execution, "phase").getTextContent().strip()).isEqualTo("package");
        assertThat(texts(child(execution, "goals"), "goal")).containsExactly("buildTar");
        assertThat(Repo.path("deploy/images/build-base-image.sh")).isExecutable();
        assertThat(Repo.path("deploy/images/run-image.py")).isExecutable();
    }
}
