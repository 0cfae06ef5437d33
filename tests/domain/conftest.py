"""The domain's rules and figures hold on both homes of the data: each test of these
modules that opens a programme runs once on a file and once on a PostgreSQL server."""

BOTH_ENGINES = {"test_figures", "test_matching", "test_rules", "test_score_audit"}


def pytest_generate_tests(metafunc):
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if module in BOTH_ENGINES and "opened" in metafunc.fixturenames:
        metafunc.parametrize("engine", ["file", "server"])
