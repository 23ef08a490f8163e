"""Frame sources: paced, looping replay of folders, stills and videos; devices; open_source by setting."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from station.camera.sources import (
    CameraUnavailable,
    DeviceSource,
    FolderSource,
    FrameSource,
    VideoFileSource,
    open_source,
)


def test_folder_replays_in_name_order_and_loops(label_folder: Path, clock) -> None:
    source = FolderSource(label_folder, fps=5.0, clock=clock, sleep=clock.sleep)
    assert isinstance(source, FrameSource)
    frames = [source.read() for _ in range(4)]
    assert [f.shape[:2] for f in frames[:3]] == [cv2.imread(str(p)).shape[:2] for p in source.files]
    assert np.array_equal(frames[3], frames[0])
    assert all(f.ndim == 3 and f.shape[2] == 3 for f in frames)
    source.close()


def test_replay_paces_itself_at_the_set_fps(label_folder: Path, clock) -> None:
    source = FolderSource(label_folder, fps=4.0, clock=clock, sleep=clock.sleep)
    for _ in range(5):
        source.read()
    assert clock.sleeps == pytest.approx([0.25] * 4)


def test_a_slow_consumer_gets_the_next_frame_at_once_without_catch_up_bursts(label_folder: Path, clock) -> None:
    source = FolderSource(label_folder, fps=10.0, clock=clock, sleep=clock.sleep)
    source.read()
    clock.now += 2.0  # the decoder took two seconds
    source.read()
    source.read()
    assert clock.sleeps == pytest.approx([0.1])


def test_a_broken_photo_in_the_folder_is_an_empty_frame_not_a_crash(label_folder: Path, clock) -> None:
    (label_folder / "0-broken.png").write_bytes(b"garbage")
    source = FolderSource(label_folder, fps=100.0, clock=clock, sleep=clock.sleep)
    assert source.read() is None
    assert source.read() is not None


def test_a_single_still_image_repeats(label_folder: Path, clock) -> None:
    still = next(label_folder.iterdir())
    source = FolderSource(still, fps=100.0, clock=clock, sleep=clock.sleep)
    assert np.array_equal(source.read(), source.read())


def test_empty_or_missing_folder_is_camera_unavailable(tmp_path: Path) -> None:
    with pytest.raises(CameraUnavailable, match="no images"):
        FolderSource(tmp_path)
    with pytest.raises(CameraUnavailable, match="not found"):
        FolderSource(tmp_path / "gone")


@pytest.fixture
def video(tmp_path: Path) -> Path:
    path = tmp_path / "labels.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (64, 48))
    assert writer.isOpened()
    for value in (20, 120, 220):
        writer.write(np.full((48, 64, 3), value, np.uint8))
    writer.release()
    return path


def test_video_file_replays_paced_and_loops(video: Path, clock) -> None:
    source = VideoFileSource(video, fps=2.0, clock=clock, sleep=clock.sleep)
    levels = [int(source.read().mean()) for _ in range(4)]
    source.close()
    assert [round(v, -2) for v in levels] == [0, 100, 200, 0]
    assert clock.sleeps == pytest.approx([0.5] * 3)


def test_damaged_video_is_camera_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "broken.mp4"
    path.write_bytes(b"\x00" * 100)
    with pytest.raises(CameraUnavailable, match="cannot be opened"):
        open_source(str(path))


def test_open_source_by_setting(label_folder: Path, video: Path) -> None:
    for spec in ("demo", str(label_folder), str(next(label_folder.iterdir()))):
        source = open_source(spec, fps=50.0, demo_folder=label_folder)
        assert isinstance(source, FolderSource)
        source.close()
    source = open_source(str(video), fps=50.0)
    assert isinstance(source, VideoFileSource)
    source.close()


def test_open_source_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(CameraUnavailable, match="neither a camera number"):
        open_source(str(tmp_path / "nowhere"))
    with pytest.raises(CameraUnavailable, match="demo"):
        open_source("demo")


def test_a_missing_camera_device_is_camera_unavailable() -> None:
    with pytest.raises(CameraUnavailable, match="Camera 97 is not available") as caught:
        DeviceSource(97)
    assert caught.value.text.args == {"index": 97}
