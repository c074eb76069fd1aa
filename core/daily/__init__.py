"""The daily program: what a person logs per day (intake, sleep, water) and where they stand
on the articles' whole plan today and this week."""
