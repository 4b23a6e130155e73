package dev.stratus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Stratus: inventory, orders and operations on AWS serverless parts, or on one laptop. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StratusApplication {

	public static void main(String[] args) {
		SpringApplication.run(StratusApplication.class, args);
	}

}
