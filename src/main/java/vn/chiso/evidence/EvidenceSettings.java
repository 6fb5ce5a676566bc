package vn.chiso.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence upload settings. The largest file must stay below {@code spring.servlet.multipart.max-file-size} (20 MB),
 * which refuses larger requests before they reach us.
 *
 * @param maxFileSize the largest evidence file accepted
 */
@ConfigurationProperties("app.evidence")
public record EvidenceSettings(@DefaultValue("20MB") DataSize maxFileSize) {
}
