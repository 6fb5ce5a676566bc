package vn.chiso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ChiSo: follows a province's plans for raising PAR INDEX, SIPAS and PAPI. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ChiSoApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChiSoApplication.class, args);
	}

}
