package dev.wecruit.auth;

/**
 * A line the login page shows under the form, such as the demo logins. Contributed by other modules as beans; in
 * production there are none.
 */
public record SignInHint(String label, String email, String password) {
}
