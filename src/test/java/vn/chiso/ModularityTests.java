package vn.chiso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure: one top-level package per capability, no cycles between modules, and no module reaching into
 * another's internal packages. Also writes the module documentation (PlantUML component diagrams and one AsciiDoc canvas
 * per module) to {@code docs/modules}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ChiSoApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyPublishedTypes() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(f, sortDeclarations(Files.readAllLines(f)));
            }
        }
    }

    static final Path DOCS = Path.of("docs/modules");

    /**
     * The documenter lists components and relations in no fixed order; sorting each run of them keeps the committed
     * diagrams unchanged from one build to the next (PlantUML draws the same picture in any declaration order).
     */
    static List<String> sortDeclarations(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String k = line.strip().startsWith("Component(") ? "Component" : line.startsWith("Rel(") ? "Rel" : null;
            if (k == null || !k.equals(kind)) {
                Collections.sort(run);
                out.addAll(run);
                run.clear();
            }
            kind = k;
            if (k == null) {
                out.add(line);
            }
            else {
                run.add(line);
            }
        }
        Collections.sort(run);
        out.addAll(run);
        return out;
    }
}
