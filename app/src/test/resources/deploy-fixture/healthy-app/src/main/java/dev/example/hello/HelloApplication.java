package dev.example.hello;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HelloApplication {

	public static void main(String[] args) {
		System.out.println("hello starting, secret=hunter2 AWS_SECRET_ACCESS_KEY=abc123");
		SpringApplication.run(HelloApplication.class, args);
	}

}
