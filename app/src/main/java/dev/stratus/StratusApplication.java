package dev.stratus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import sun.misc.Signal;

/** Stratus: inventory, orders and operations on AWS serverless parts, or on one laptop. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StratusApplication {

	public static void main(String[] args) {
		// SIGTERM is how a service is asked to stop. The JVM would run the graceful shutdown and
		// then report 143 (killed by a signal); exiting runs the same shutdown and reports 0.
		Signal.handle(new Signal("TERM"), signal -> System.exit(0));
		SpringApplication.run(StratusApplication.class, args);
	}

}
