/*
 * Does the machine itself stall? Sleeps 1 ms in a loop and prints, each second, how late it woke at most and how many
 * times it woke over 5 and over 20 ms late. Run it beside a load at a real-time priority and at a normal one
 * (bench/directory/README.md, figures of 2026-12-02 20:14-21:35):
 *
 *   gcc -O2 -o /tmp/stall-probe bench/directory/experiments/stall-probe.c
 *   chrt -f 50 /tmp/stall-probe 50
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    int seconds = argc == 2 ? atoi(argv[1]) : 0;
    if (seconds <= 0) {
        fprintf(stderr, "usage: %s SECONDS (a whole number, 1 or more)\n", argv[0]);
        return 2;
    }
    const struct timespec one_ms = {0, 1000000};
    double start = now_ms();
    double second_began = start;
    double latest = 0;
    int over5 = 0, over20 = 0;
    long sleeps = 0;
    while (now_ms() - start < seconds * 1000.0) {
        double before = now_ms();
        nanosleep(&one_ms, NULL);
        double late = now_ms() - before - 1.0;
        sleeps++;
        if (late > latest) latest = late;
        if (late > 5) over5++;
        if (late > 20) over20++;
        if (now_ms() - second_began >= 1000) {
            printf("%.0f max_late=%.1fms over5=%d over20=%d sleeps=%ld\n", (now_ms() - start) / 1000, latest, over5,
                   over20, sleeps);
            fflush(stdout);
            second_began = now_ms();
            latest = 0;
            over5 = over20 = 0;
            sleeps = 0;
        }
    }
    return 0;
}
