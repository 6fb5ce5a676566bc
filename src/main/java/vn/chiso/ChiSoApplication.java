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

	/** Users are in Vietnam: dates, deadlines and times are Vietnamese local time whatever the server's zone. */
	public static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

	public static void main(String[] args) {
		java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(TIME_ZONE));
		SpringApplication.run(ChiSoApplication.class, args);
	}

}
