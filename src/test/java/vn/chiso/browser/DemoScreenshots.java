package vn.chiso.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A developer tool, not a test: signs in to a running app (demo mode) and saves screenshots of pages, to look at what
 * users get. Usage (with the app running on :8080):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.chiso.browser.DemoScreenshots
 * http://localhost:8080 snv.thamdinh ChiSo@2024 target/screenshots /plans /catalog}
 */
public final class DemoScreenshots {

	private DemoScreenshots() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		Path out = Path.of(args[3]);
		Files.createDirectories(out);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserTestSupport.CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--no-first-run", "--window-size=1366,900",
				"--user-data-dir=" + Files.createTempDirectory("chiso-shots"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(BrowserTestSupport.CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		try {
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
			driver.get(base + "/login");
			driver.findElement(By.id("username")).sendKeys(args[1]);
			driver.findElement(By.id("password")).sendKeys(args[2]);
			driver.findElement(By.id("loginButton")).click();
			for (int i = 4; i < args.length; i++) {
				driver.get(base + args[i]);
				Thread.sleep(800);
				String name = args[1] + args[i].replaceAll("[^A-Za-z0-9]+", "-");
				Files.write(out.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
				System.out.println(out.resolve(name + ".png"));
			}
		}
		finally {
			driver.quit();
		}
	}

}
