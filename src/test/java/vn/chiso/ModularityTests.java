package vn.chiso;

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
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
