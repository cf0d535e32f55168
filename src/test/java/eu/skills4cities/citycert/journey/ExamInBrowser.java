package eu.skills4cities.citycert.journey;

import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.exam.TestExamSitting;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A candidate answering their running exam on its page ({@code /exam/session}), item by item, as a person clicks:
 * one radio button for a single-choice item, each box to tick for a multiple-choice item, each answer on the
 * server before the next. The test knows the right options from the bank ({@link TestExamSitting}); the page
 * never shows them.
 */
final class ExamInBrowser {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final TestExamSitting key;

    ExamInBrowser(WebDriver browser, WebDriverWait wait, TestExamSitting key) {
        this.browser = browser;
        this.wait = wait;
        this.key = key;
    }

    /** The positions of the items on the page, in the order shown. */
    List<Integer> positions() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exam-submit")));
        return browser.findElements(By.cssSelector("[id^='exam-answer-']")).stream()
                .map(group -> Integer.parseInt(group.getDomAttribute("id").substring("exam-answer-".length())))
                .toList();
    }

    /** Answers the item right: clicks its correct options (and only those) and waits until the page shows them. */
    void answerRight(UUID sessionId, int position) {
        List<Integer> right = key.rightAnswer(sessionId, position);
        for (int option : right) {
            wait.until(driver -> {
                try {
                    WebElement choice = option(position, option);
                    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                            choice);
                    if (choice.getDomAttribute("checked") == null) {
                        choice.click();
                    }
                    return choice.getDomAttribute("checked") != null;
                } catch (WebDriverException notYetClickable) {
                    return false;
                }
            });
            waitForVaadin();
        }
    }

    /** Whether the page shows the option of the item chosen. */
    boolean chosen(int position, int option) {
        return option(position, option).getDomAttribute("checked") != null;
    }

    /** The option's radio button or box, by its index in the order shown. */
    private WebElement option(int position, int option) {
        return browser.findElement(By.id("exam-answer-" + position))
                .findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox")).get(option);
    }

    private void waitForVaadin() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !clients || Object.values(clients).every(client => !client.isActive());
                """));
    }
}
