"""The log file the helpdesk asks for: where it is, what goes in, and no crash without it."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

import pytest

from app.storage.log_file import configure_logging, log_path


@pytest.fixture
def app_logger():
    logger = logging.getLogger("app")
    before = list(logger.handlers)
    yield logger
    for handler in logger.handlers:
        if handler not in before:
            handler.close()
            logger.removeHandler(handler)


def test_messages_land_in_the_users_data_folder(app_logger, data_dir):
    path = configure_logging()
    logging.getLogger("app.services.example").error("iets ging mis: €")
    for handler in app_logger.handlers:
        handler.flush()
    assert path == log_path() == data_dir / "logs" / "thuisplan.log"
    assert "iets ging mis: €" in path.read_text(encoding="utf-8")


def test_configuring_twice_writes_each_message_once(app_logger):
    path = configure_logging()
    configure_logging()
    logging.getLogger("app").warning("één keer")
    for handler in app_logger.handlers:
        handler.flush()
    assert path.read_text(encoding="utf-8").count("één keer") == 1
    assert sum(isinstance(h, RotatingFileHandler) for h in app_logger.handlers) == 1


def test_a_folder_that_cannot_be_written_gives_no_log_rather_than_a_crash(app_logger, data_dir):
    (data_dir / "logs").write_text("a file where the folder should be")
    assert configure_logging() is None
