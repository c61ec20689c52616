package id.rentan.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every module has the five role packages, and every package with code says what it is for in a
 * {@code package-info.java} (style guide, habit 2).
 */
class PackageDocumentationTest {

    private static final Path MODULES = Path.of(System.getProperty("rentan.modules",
            Path.of("..").toAbsolutePath().normalize().toString()));

    @Test
    void everyModuleHasTheFiveLayers() {
        for (String module : ModuleBoundariesTest.MODULES) {
            Path root = MODULES.resolve(module).resolve("src/main/java/id/rentan").resolve(module);
            for (String layer : List.of("api", "domain", "application", "infrastructure", "web")) {
                assertTrue(Files.isRegularFile(root.resolve(layer).resolve("package-info.java")),
                        module + " lacks " + layer + "/package-info.java");
            }
        }
    }

    @Test
    void everyPackageWithCodeHasAPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String module : ModuleBoundariesTest.MODULES) {
            Path src = MODULES.resolve(module).resolve("src/main/java");
            try (Stream<Path> dirs = Files.walk(src)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    boolean hasCode;
                    try (Stream<Path> files = Files.list(dir)) {
                        hasCode = files.anyMatch(f -> f.toString().endsWith(".java")
                                && !f.getFileName().toString().equals("package-info.java"));
                    }
                    if (hasCode && !Files.exists(dir.resolve("package-info.java"))) {
                        missing.add(src.relativize(dir).toString());
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "packages without package-info.java");
    }
}
