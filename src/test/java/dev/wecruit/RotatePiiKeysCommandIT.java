package dev.wecruit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * The {@code rotate-pii-keys} command starts Wecruit without a web server (so it can run next to app nodes), rotates
 * and exits. Always on a throw-away embedded database: rotating a shared test database would re-seal other tests'
 * data under a key they do not have.
 */
class RotatePiiKeysCommandIT {

    @Test
    void the_rotate_command_runs_without_a_web_server_and_exits_0_when_no_value_is_left_under_an_old_key()
            throws Exception {
        // holds a port: a web server started by mistake would fail on it
        try (ServerSocket taken = new ServerSocket(0)) {
            int exit = WecruitApplication.rotatePiiKeys(new String[] {
                    WecruitApplication.ROTATE_PII_KEYS,
                    "--wecruit.db.url=",
                    "--wecruit.db.embedded.ephemeral=true",
                    "--wecruit.db.embedded.port=0",
                    "--wecruit.crypto.keys.1=Y8ni0ANJUMocUNYSelB/GCAf/CUffSo9J0PMw0NFhDo=",
                    "--wecruit.crypto.keys.2=PFY5AEy2P3hf3LhBjt0tW4wj+ZqxOPphSGTHx99Oe1Q=",
                    "--wecruit.crypto.blind-index-key=C1HrXNMZ3wFg2Fxpf7X0Fbhkj3JX0CldH+1lYAaWwq4=",
                    "--server.port=" + taken.getLocalPort()});

            assertThat(exit).isZero();
        }
    }
}
