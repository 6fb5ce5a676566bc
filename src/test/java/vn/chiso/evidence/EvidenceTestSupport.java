package vn.chiso.evidence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

import vn.chiso.ChiSoIntegrationTest;

/** The evidence integration tests share one application context: the app plus the test-only beans below. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ChiSoIntegrationTest
@Import({ EvidenceFixtures.class, DraftOnlyAccessRule.class, EvidenceTestController.class })
@interface EvidenceTestSupport {

}
