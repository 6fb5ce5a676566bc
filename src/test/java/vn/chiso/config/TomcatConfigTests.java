package vn.chiso.config;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The connector as {@link TomcatConfig} sets it: a started Tomcat gathers 32 KB of a response before writing it. */
class TomcatConfigTests {

	@Test
	void aStartedConnectorGathersThirtyTwoKilobytesBeforeWriting() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		new TomcatConfig().pagesWrittenInOnePiece().customize(factory);
		TomcatWebServer server = (TomcatWebServer) factory.getWebServer();
		try {
			server.start();
			Connector connector = server.getTomcat().getConnector();
			assertThat(connector.getProtocolHandlerClassName()).endsWith("Http11NioProtocol");
			assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize")))
				.isEqualTo(String.valueOf(TomcatConfig.WRITE_BUFFER_BYTES))
				.isEqualTo("32768");
		}
		finally {
			server.stop();
		}
	}

}
