"""Geirhos et al. cue-conflict, edge and silhouette images with the human 16-way classification trials.

Images: rgeirhos/texture-vs-shape (Geirhos et al. 2019, ICLR, "ImageNet-trained CNNs are
biased towards texture"), CC BY 4.0 per its ``DATASET_LICENSE``. 224 x 224 RGB PNGs in
``stimuli/<folder>/<shape category>/``:

- cue-conflict: ``style-transfer-preprocessed-512``, 1280 images named
  ``<shape><n>-<texture><m>.png`` (e.g. ``airplane3-oven1.png``), the shape of one image
  rendered in the texture of another; in 80 of them shape and texture share a category;
- edge: ``edges``, 160 edge maps named ``<shape><n>.png``;
- silhouette: ``filled-silhouettes``, 160 filled silhouettes named ``<shape><n>.png``.

Trials: bethgelab/model-vs-human ``raw-data/<experiment>/<experiment>_subject-NN_session_1.csv``
(Geirhos et al. 2021, NeurIPS, "Partial success in closing the gap between human and machine
vision"), 10 subjects who each saw every image once. The model-vs-human license overview
puts these three data sets under CC BY 4.0. Columns: subj, session, trial, rt (seconds),
object_response (the chosen category, "na" when the subject gave no response), category
(the shape category), condition and imagename. The image name prefixes the image's file name
with trial information (``0001_s5n_s01_0_bird_00_bird3-bird2.png``), so trials join images by
the part after the last underscore.

`stimulus_id` is the image file name without ``.png`` (``bird3-bird2``); it is unique within
each experiment but repeats across edge and silhouette, so keep sets apart by their identifier.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ventral.catalog import DataFile
from ventral.fetch import fetch
from ventral.stimuli import StimulusSet

_logger = logging.getLogger(__name__)

TEXTURE_VS_SHAPE_REPO = "rgeirhos/texture-vs-shape"
TEXTURE_VS_SHAPE_COMMIT = "ccd0c01d42c0a8a834e90ec141e7f24fa915dc23"
MODEL_VS_HUMAN_REPO = "bethgelab/model-vs-human"
MODEL_VS_HUMAN_COMMIT = "79ed7cd1d9ac3a114e71b6638f0a98bdd627316c"

#: The 16 categories of the experiments, sorted.
CATEGORIES = (
    "airplane", "bear", "bicycle", "bird", "boat", "bottle", "car", "cat",
    "chair", "clock", "dog", "elephant", "keyboard", "knife", "oven", "truck",
)
#: The `choice` of a trial in which the subject gave no response; it counts as an error.
NO_RESPONSE = "na"
N_SUBJECTS = 10
#: Images are shown at this size in degrees of visual angle.
VISUAL_DEGREES = 3.0


@dataclass(frozen=True)
class Experiment:
    """One of the three experiments: its image folder and its number of images."""

    name: str
    stimulus_folder: str
    n_images: int


EXPERIMENTS = {
    "cue-conflict": Experiment("cue-conflict", "stimuli/style-transfer-preprocessed-512", 1280),
    "edge": Experiment("edge", "stimuli/edges", 160),
    "silhouette": Experiment("silhouette", "stimuli/filled-silhouettes", 160),
}

_TRIAL_COLUMNS = ("subj", "session", "trial", "rt", "object_response", "category", "condition", "imagename")


def stimulus_files(experiment: str) -> tuple[DataFile, ...]:
    """Return the image files of `experiment` ("cue-conflict", "edge" or "silhouette"), sorted by path."""
    folder = _experiment(experiment).stimulus_folder + "/"
    return tuple(data_file for data_file in TEXTURE_VS_SHAPE_FILES if data_file.path.startswith(folder))


def trial_files(experiment: str) -> tuple[DataFile, ...]:
    """Return the 10 human trial CSV files of `experiment`, in subject order."""
    name = _experiment(experiment).name
    prefix = f"raw-data/{name}/{name}_subject-"
    return tuple(data_file for data_file in MODEL_VS_HUMAN_FILES if data_file.path.startswith(prefix))


def stimulus_table(experiment: str) -> pd.DataFrame:
    """Return the image table of `experiment` without reading any file, one row per image sorted by path.

    Columns: `stimulus_id` (file name without ``.png``), `filename`, `category` (the
    folder's shape category, the correct choice), `truth` (equal to `category`) and, for
    cue-conflict, `texture` (the category of the part after the hyphen, digits removed).
    """
    spec = _experiment(experiment)
    files = stimulus_files(spec.name)
    rows = []
    for data_file in files:
        shape = data_file.path.split("/")[-2]
        filename = data_file.path.split("/")[-1]
        row = {"stimulus_id": filename.removesuffix(".png"), "filename": filename, "category": shape, "truth": shape}
        if spec.name == "cue-conflict":
            row["texture"] = texture_category(filename)
        rows.append(row)
    table = pd.DataFrame.from_records(rows)

    if len(table) != spec.n_images or table["stimulus_id"].duplicated().any():
        raise ValueError(
            f"the {spec.name} file list has {len(table)} entries ({table['stimulus_id'].nunique()} distinct names); "
            f"expected {spec.n_images} distinct images"
        )
    for column in [column for column in ("category", "texture") if column in table]:
        _check_categories(table[column], f"{spec.name} image {column}")
    return table


def texture_category(filename: str) -> str:
    """Return the texture category of a cue-conflict image name such as ``airplane3-oven1.png`` (-> ``oven``).

    As in model-vs-human `ShapeBias.get_texture_category`: the part after the last
    hyphen, without the extension and without digits.
    """
    stem = filename.rsplit("_", 1)[-1].split(".")[0]
    if "-" not in stem:
        raise ValueError(f"{filename!r} is not a cue-conflict image name of the form <shape><n>-<texture><m>.png")
    return "".join(character for character in stem.rsplit("-", 1)[1] if not character.isdigit())


def load_stimulus_set(
    experiment: str, *, mirror: str | os.PathLike | None = None, cache: str | os.PathLike | None = None
) -> StimulusSet:
    """Return the images of `experiment` as a StimulusSet named ``geirhos2021.<experiment>``.

    Rows and columns are those of `stimulus_table`. Every image is fetched and checked
    against its SHA-256 (`ventral.fetch.fetch`; `mirror` and `cache` are passed on).
    """
    spec = _experiment(experiment)
    table = stimulus_table(spec.name)
    paths = [fetch(data_file, mirror=mirror, cache=cache) for data_file in stimulus_files(spec.name)]
    return StimulusSet.from_files(f"geirhos2021.{spec.name}", table, paths)


def load_trials(
    experiment: str, *, mirror: str | os.PathLike | None = None, cache: str | os.PathLike | None = None
) -> pd.DataFrame:
    """Return the human trials of `experiment`, one row per trial, in file then trial order.

    Columns: `stimulus_id`, `subject` (e.g. ``subject-01``), `condition` (a string),
    `truth` (the shape category), `choice` (a category or "na"), `session`, `trial`,
    `rt` (seconds), `imagename` (as in the file) and, for cue-conflict, `texture`.
    Every trial must name an image of the experiment and use known category names;
    otherwise ValueError names the file, the trial and the value.
    """
    spec = _experiment(experiment)
    images = stimulus_table(spec.name).set_index("filename")
    tables = []
    for data_file in trial_files(spec.name):
        path = fetch(data_file, mirror=mirror, cache=cache)
        tables.append(_read_trial_file(path, data_file, images))
    trials = pd.concat(tables, ignore_index=True)

    subjects = sorted(trials["subject"].unique())
    if len(subjects) != N_SUBJECTS:
        raise ValueError(f"{spec.name}: expected {N_SUBJECTS} subjects in the trial files; found {subjects}")
    _logger.info("loaded %d %s trials of %d subjects", len(trials), spec.name, len(subjects))
    return trials


def _read_trial_file(path: Path, data_file: DataFile, images: pd.DataFrame) -> pd.DataFrame:
    """Read one subject's CSV and join its trials to the images by file name."""
    # "na" is a response code here, not a missing value, so pandas must not parse it as NaN.
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [column for column in _TRIAL_COLUMNS if column not in raw.columns]
    if missing:
        raise ValueError(f"{data_file.path}: missing column(s) {missing}; the file has {list(raw.columns)}")

    filenames = raw["imagename"].str.rsplit("_", n=1).str[-1]
    unknown = ~filenames.isin(images.index)
    if unknown.any():
        row = int(np.flatnonzero(unknown.to_numpy())[0])
        raise ValueError(
            f"{data_file.path}: trial {raw['trial'].iloc[row]} (row {row + 2}) shows image "
            f"{raw['imagename'].iloc[row]!r}, whose file name {filenames.iloc[row]!r} is not an image of this "
            f"experiment; {int(unknown.sum())} trial(s) of this file have no image"
        )
    _check_categories(raw["category"], f"{data_file.path} column 'category'")
    _check_categories(raw["object_response"], f"{data_file.path} column 'object_response'", allow_no_response=True)

    matched = images.loc[filenames.to_numpy()]
    wrong_truth = raw["category"].to_numpy() != matched["category"].to_numpy()
    if wrong_truth.any():
        row = int(np.flatnonzero(wrong_truth)[0])
        raise ValueError(
            f"{data_file.path}: trial {raw['trial'].iloc[row]} gives category {raw['category'].iloc[row]!r} for image "
            f"{filenames.iloc[row]!r}, whose shape category is {matched['category'].iloc[row]!r}"
        )

    trials = pd.DataFrame(
        {
            "stimulus_id": matched["stimulus_id"].to_numpy(),
            "subject": raw["subj"].to_numpy(),
            "condition": raw["condition"].to_numpy(),
            "truth": raw["category"].to_numpy(),
            "choice": raw["object_response"].to_numpy(),
            "session": raw["session"].astype(int).to_numpy(),
            "trial": raw["trial"].astype(int).to_numpy(),
            "rt": raw["rt"].astype(float).to_numpy(),
            "imagename": raw["imagename"].to_numpy(),
        }
    )
    if "texture" in matched.columns:
        trials["texture"] = matched["texture"].to_numpy()
    return trials


def _check_categories(values: pd.Series, where: str, allow_no_response: bool = False) -> None:
    """Raise ValueError when `values` contains a name outside CATEGORIES (or "na", unless allowed)."""
    allowed = set(CATEGORIES) | ({NO_RESPONSE} if allow_no_response else set())
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise ValueError(f"{where} contains unknown category name(s) {unknown}; known: {sorted(allowed)}")


def _experiment(experiment: str) -> Experiment:
    try:
        return EXPERIMENTS[experiment]
    except KeyError:
        raise ValueError(f"unknown Geirhos experiment {experiment!r}; choose one of {sorted(EXPERIMENTS)}") from None


def _data_files(table: str, repo: str, commit: str, license_by_prefix: dict[str, str]) -> tuple[DataFile, ...]:
    """Parse ``<path> <size> <sha256>`` lines into DataFiles keyed ``geirhos2021/<path>``."""
    files = []
    for line in table.strip().splitlines():
        path, size, sha256 = line.split()
        file_license = next(value for prefix, value in license_by_prefix.items() if path.startswith(prefix))
        files.append(
            DataFile(
                key=f"geirhos2021/{path}", repo=repo, commit=commit, path=path, sha256=sha256, size=int(size),
                license=file_license,
            )
        )
    return tuple(files)


# Every mirrored file of the two repositories that this module reads, as
# "<path> <size in bytes> <SHA-256>", copied from the published repositories at the pinned commits.

_TEXTURE_VS_SHAPE_TABLE = """
DATASET_LICENSE 18794 b87b6a388840a505be007ab9df6500f0bd561e6a83164bce71e8cd8599ee3e0f
stimuli/edges/airplane/airplane1.png 1896 cb1eef1bdb6ec9728b4d03f54e1e8dc66870988b6d77dda9a971c51078f38297
stimuli/edges/airplane/airplane10.png 2313 952de6b7f2dd5df10caae8f47e7da6734bc0f8bf514e181466135a429ca84236
stimuli/edges/airplane/airplane2.png 2596 7273c61363bdfaf5a6b9cff92c6812093153ca6154a12305f6d9cb11de002a31
stimuli/edges/airplane/airplane3.png 1427 9dfe0d433d248d8021183cd67a442838d7e5e54c8f1e8f6470b21d1ee6619f26
stimuli/edges/airplane/airplane4.png 2133 630be23f68f6adecb2b13264f29fcf4af0a5143f32fae934e13d88f74182e314
stimuli/edges/airplane/airplane5.png 3296 261655090c22894e6c49f126753ad5a7fc316c4d17e6a3d0c6fc6bdbd7f7a5f3
stimuli/edges/airplane/airplane6.png 1935 3fd83bde6d3fa61b7d7fd79237049643e20afde0af46cd9637c7edbd75c336ce
stimuli/edges/airplane/airplane7.png 2340 96469e02b143064f68259d15e404321388c47dc41644f993be26fc70fdfdf079
stimuli/edges/airplane/airplane8.png 2257 c38ff43cf1046f6014a11718e8692198244087c6fbc01eb7d215ba65618fc4d2
stimuli/edges/airplane/airplane9.png 2582 81dfbb274833b24bf1c81ce617cb1155d92bd5908402f3130f795f5b80945f22
stimuli/edges/bear/bear1.png 3941 95d1ccdf6c6cbc819d83bd7f968a2912bf598c7def8fcae909b31f133847a4dd
stimuli/edges/bear/bear10.png 3052 442c2abf108f18d105ff2cb4c64b2ff91601fdd60aac6c98d7d40b964f2b2f06
stimuli/edges/bear/bear2.png 3630 e5f1184703f0f85dd4592ac20426902bd131d401c718d178bae0c623f3d0e3f6
stimuli/edges/bear/bear3.png 3659 275dd39465a8de0a70ea5e811d8a80323e6367b0a25c23857a8022bc7b340340
stimuli/edges/bear/bear4.png 3513 5c01e0e57e8af9bc600dc9d5762f03a351b11125e6ee059dffbc2299edf00d1d
stimuli/edges/bear/bear5.png 3798 2211957644e0a4b8da07eaef4585597c549c752c66a8b3c3a52bd5e7232e78dd
stimuli/edges/bear/bear6.png 4332 e9b0dafc707043d6434f9449df081792dc3634cf3b21fc5788d62021a9c0d5e0
stimuli/edges/bear/bear7.png 4096 25b4900b939e08a408e1f64ed173e7b8bcaab64e4aac53a4ad249da4cd9c07d4
stimuli/edges/bear/bear8.png 3427 fe4e714fb24701008738206c64e211d616bb1fcace5f43aa9482672260a7ca69
stimuli/edges/bear/bear9.png 4369 29029f3c8534820ef4111ae680ea8a08c4e302fb22da318d5fb0fea1960ab843
stimuli/edges/bicycle/bicycle1.png 3557 c3909b4e15d0556e437bdfba6e7660f610d1fa24be1cb7905009b097d32e19f6
stimuli/edges/bicycle/bicycle10.png 4157 f9d4f7f36d8b7c15c5577c6c08f1ba13bbb13114851caf12dee772a7d745d20e
stimuli/edges/bicycle/bicycle2.png 4023 38184cfa6455a46a06c1727657f4bef7423dced9dcb0ec24c33a738adc3a4163
stimuli/edges/bicycle/bicycle3.png 4174 a0304df22c5a48397a48eea69a81b32bc0c149bf2d58440f36a07ad5274163c6
stimuli/edges/bicycle/bicycle4.png 4157 09205c9f2b771944575d9927ed9b60d42c8bfb2b76f20ac427a08f5993f8cac9
stimuli/edges/bicycle/bicycle5.png 3999 ccbd286a5e7f04bb0db150cd0b207aec4adce7a651107584be3860c544aafd70
stimuli/edges/bicycle/bicycle6.png 3363 265e63420985078ceac074e042af2334ace2ad81d90fb9e6bea327fbcd608864
stimuli/edges/bicycle/bicycle7.png 3982 4ee5ba69297b98e980da535f86596a784e37019a7befb9b5c366bc13bbb48c8a
stimuli/edges/bicycle/bicycle8.png 4414 fb75a35f1b732dea248dce594ed21ae2349be9561cf13b8d57315b9587bb9c42
stimuli/edges/bicycle/bicycle9.png 4087 be392b9dca1ac993810159ce71421f3faa4a3f3e26f80d8c3c9f93b4a9526ecf
stimuli/edges/bird/bird1.png 3533 121972c17f6e0580ea7ee09e9db0655bcd31e511c852181d0894c2b0d430b953
stimuli/edges/bird/bird10.png 3415 5213c124420b43269a17448565675f2190f293d856bffaea05feda93b53c444e
stimuli/edges/bird/bird2.png 4168 81312e3bdf11292a8c04f2ca80c64c08901901989633c595ee253a9177993a42
stimuli/edges/bird/bird3.png 3306 fba3381768f4b2b6e4fdf07282be6cc1011f6b58d86a1c5e4a38f4d04d987a77
stimuli/edges/bird/bird4.png 4138 8f79cfd0a1295fbd95aa0c870e167d875730c886e9a5fc5cdd2bd9fd163c6f31
stimuli/edges/bird/bird5.png 3835 b11964e1e7fd2457eff0500a0f954e2569195666a40e774bc878f32f4181f69f
stimuli/edges/bird/bird6.png 3180 35547f00b5fd2066bb31c555d561c73f918827134ab5d0c403fcef0a9737eb24
stimuli/edges/bird/bird7.png 1838 1d771fa23a4ebb1276c9f2e57dfe4af330d5c9cb85aacc76232df3a5c4203058
stimuli/edges/bird/bird8.png 3525 7209ea4a01fffa9cef40fa7448df384bcb7b65ae491e08381897947206d13ddb
stimuli/edges/bird/bird9.png 3632 0922ee99504f3f06dcaddb7a477cf0c7e17679bf23c58c2e0c9ff04f4246145a
stimuli/edges/boat/boat1.png 2601 59ef487bbb0cac8a10e3520da4106392b38005aed5debe3d9cab7f79cb2a7441
stimuli/edges/boat/boat10.png 2881 d8b60dcc6b1f799b766081e3befb480ea1b782c1eb9a369ffd8902e8f25240e5
stimuli/edges/boat/boat2.png 2819 8bbc5e9b84132d28f4419bdbe01c9f3b6934ba6af49cd310079d717c7afdd13a
stimuli/edges/boat/boat3.png 2487 08fce8a537fb5b5a99b404f7f33a415b73bddc28415930d2e7af1aba4da788c5
stimuli/edges/boat/boat4.png 2006 428bedfba1a6a0a27a0b96bddfce820aef39a16f87c17e7dd2b7b7c8e64a80f3
stimuli/edges/boat/boat5.png 4973 4a224c8a21802816814b47383921822c533e0d850272e0ba15a6fee5434ddcbd
stimuli/edges/boat/boat6.png 2857 af0c1e660f87220f510ad8dc9564a092df68bb9aa2e81b82548df9b6fa37e71b
stimuli/edges/boat/boat7.png 2066 c6d8680ecf131ae6393feb25fd3b48f6c39ff957a4ec01ca2cf1fd44b045697f
stimuli/edges/boat/boat8.png 3036 9a2be49945daccea5fdbaf0235b5fc99f947fbce0859cc525311d458dec17d41
stimuli/edges/boat/boat9.png 4449 cf51d32d0e57e43dcb7ef5401212b915909195ad6d94a5cedc98549f3c7a524e
stimuli/edges/bottle/bottle1.png 1618 09d48fa79d8610820c2c05142c06dc1a1327a0553a4090ebf53a429c277c2f58
stimuli/edges/bottle/bottle10.png 2751 5cf9398a8431760f4dbcc12a9b92c4ed2a2f40065fc0e86d25fc62d0beb60c3a
stimuli/edges/bottle/bottle2.png 1783 296989ceb226d796e54c0b0d2b8e546b9d5d86f6b76f3399495835c8424ad060
stimuli/edges/bottle/bottle3.png 1707 ca851334c8baea8249aea44c7a4cb3856fc1bbbe301987649a81c4073fb8f8b4
stimuli/edges/bottle/bottle4.png 1755 d924655ee687c1eaa62979907d77b13aaf539931a6dda541c6a995b66affaf3c
stimuli/edges/bottle/bottle5.png 2032 d05a66b3b9ecd0e975f0130fdd8e0a94cdd75f30343e5a97c36a0a9df3ef48dd
stimuli/edges/bottle/bottle6.png 1996 74b451c3b1b3ba5a77d59983e5fcc9e667ada079d1f7de185e1dd2b9d362b3b6
stimuli/edges/bottle/bottle7.png 2287 58c4be5653f8a5d4d555e0f600c826f69afe9f3a88ddf6bd0955af57ab293968
stimuli/edges/bottle/bottle8.png 2717 ed32fcecbb5005efc1765deb0fef9844d29e84ac46c38af44679cdb00b776831
stimuli/edges/bottle/bottle9.png 3005 13efbe04e726dea65e883bd293da9dff2d4f55d295ddf8187e44d924def1922f
stimuli/edges/car/car1.png 4144 92dad4883b3076aa9ec4503b5491a423bce8bb334f576e1b80259803844f3dc1
stimuli/edges/car/car10.png 2853 b2007978bf15eb8df12c71c2472c496bbe0d59e3cc4369b5513fa87fac23530e
stimuli/edges/car/car2.png 2881 fdfd123a1cd04769a9414556e77dca179ec78487448637b5eb8235c4b534adad
stimuli/edges/car/car3.png 2752 1a6dd3712743be1b515f3d3e03453c4775e6304acb681060ef2bb14f1463b5f5
stimuli/edges/car/car4.png 3834 8e2f2ebc9d52fe76a5b3538c2bd7479671e3bcca0ac1ac6a3ccd5781256acad8
stimuli/edges/car/car5.png 3258 4050b7ca2ba9a401fe75cb817c1a801b412d1e1258e9ab759daefd96e675f348
stimuli/edges/car/car6.png 3749 e0dcd5ab0d60bf097eaab93d19f7cf43740968c756c64bf91bb1d6813ade6285
stimuli/edges/car/car7.png 3530 8423c0ceef132cf3474ed96563955fe2b749ab8292cbd1d1a2ca3ea503e0f8c1
stimuli/edges/car/car8.png 3385 2f27ad5f11bc1141420afa003a27785a29ea000c1249fc64396ce4537e73d655
stimuli/edges/car/car9.png 3434 2f32824888618eaebcb5c792fab07e043dfa4823c3fd201ac5249ecd5498284a
stimuli/edges/cat/cat1.png 5102 b768770c4fd0d9fea75a2c179d7db05c345e75410dd6052f3738b8c8d1b2232d
stimuli/edges/cat/cat10.png 4088 9f050c186982ea07c937164d92798897803e0de229a04e0c40a20438afa05d06
stimuli/edges/cat/cat2.png 5133 d9e75811be54361a6f95cdaad795fe4193ca3fac85149b234b059bee7d17c624
stimuli/edges/cat/cat3.png 4981 d3c8302a7bfc4d4e84fd9c213d03e05de54954f231b16aa662f317bb5b612ba2
stimuli/edges/cat/cat4.png 3610 b5cb5b36bf17f348da40fb308f6708a7917e3b945cec125e1b7483bb0295f0b3
stimuli/edges/cat/cat5.png 4808 d0fe5256ec40306d0c49e0637a26cea81745a89ffaba1cd2e90f69c4268f9126
stimuli/edges/cat/cat6.png 5141 2965b0834442a530de655ab6d4a711af1e97a25e83e17b25ce56d6e674a49be6
stimuli/edges/cat/cat7.png 5051 4cbf085c7f5fa23ec1524999dc983d3f2b51f0fc774682d35e9a8543769d2145
stimuli/edges/cat/cat8.png 3400 0ebcd22ba4eef0925ec1d83aa9fc9d202e01b11f914c39231554bae09f3572a1
stimuli/edges/cat/cat9.png 3139 a27f9c66b9397d407e76c8c9136abd1a34b07d501f234166f0b166709767745c
stimuli/edges/chair/chair1.png 1746 0409b6ba85c046c9268eda2123f1562dfc39e754adebc25f2d9b768426a97396
stimuli/edges/chair/chair10.png 2253 d01f71e1c586fd8ec43fb9121533d479a311896009e6f74910032a7d36731dc4
stimuli/edges/chair/chair2.png 2198 22ebd2887d0f88b5cf26fb0338007a3aff4b95a316f9d38b7b62f8eda4c5589d
stimuli/edges/chair/chair3.png 3249 16dae8aeb0300dfa35145ab30e0720600e25f3f34acf6907c17b9b48df88a865
stimuli/edges/chair/chair4.png 2654 427eea6607f2e803cf16da972186019239ab02df3c3600353e3f0ce608ab3279
stimuli/edges/chair/chair5.png 3353 63b33f9f2885601920410914a9bebb710676af47317da8b50fec6b585f012ad8
stimuli/edges/chair/chair6.png 1821 ddf4f3cd9dd07e394e96417c0fa0e3827b66d6bb521e05df10533611fec6bf16
stimuli/edges/chair/chair7.png 3331 66062d3e59e06103e8364bc8a43b855cb2bfe6ac6aedeedc811f6fbd5aca1880
stimuli/edges/chair/chair8.png 1760 bcfd725dc7a5ff478ca55321d645b65906204e56752d42442389772ae9c5b0f3
stimuli/edges/chair/chair9.png 2752 e81aa423571ada0e99b353845ce5bbaaeb30c005a1654cb4375a67ebf1e95268
stimuli/edges/clock/clock1.png 3568 8ba52f93f2834c5e543588ea3728aee2ffd57379ecd36ce69172b202895026ed
stimuli/edges/clock/clock10.png 3314 5a8a4e7d279e177c431f8fdd8ae609a9005826b9c4e96a199936c6665bae0af2
stimuli/edges/clock/clock2.png 4469 9af91109f2fffcd153654e90467424be5943d98f08c0830ec7af3868025fecbe
stimuli/edges/clock/clock3.png 4048 a9e9b4e54736ea3b30793eca75b79d9764f47b5c5496c00cb1b539ab9a318fbb
stimuli/edges/clock/clock4.png 4241 aa31bb886b1f7011ce23a6348f030d0437e18d6adbf9aa54df449322b64c0dc1
stimuli/edges/clock/clock5.png 4837 801933478c79b70c7bbf632d8b2d1efb0be378f60113d0020879f18b2474d527
stimuli/edges/clock/clock6.png 2978 f2f23f67301167fcbce024f682825bc7b29fd9947f428afc948f32a338361148
stimuli/edges/clock/clock7.png 2845 98a5b5e91b9d14cda201505272c9fbb9aad4f30108c13307215d9dfdb00fc2f9
stimuli/edges/clock/clock8.png 4875 0620c4bfbd872d10430aaf4bfccba629fa85c79c106c3538948c8ddccb4df4cb
stimuli/edges/clock/clock9.png 4321 8fb5afdc7d1f05f41fd44fa53a84dfb442df56ea99061ca19cce57db4fca374d
stimuli/edges/dog/dog1.png 4036 83b8a35a86ed0f64398a0d401331f4a7ddc4c94e6ab3ee5d14daa9f08b0c37da
stimuli/edges/dog/dog10.png 3242 aaed0b4bf8b6728dc17ab1e127b5df22b8ff3c5158b0aa6445c5bc3cf8720c8f
stimuli/edges/dog/dog2.png 3455 f818a27fbd9d9b845f44b0e97f1a350662a7999f5ce2da9786b5897cd9a3f356
stimuli/edges/dog/dog3.png 2832 e6231b44f20cf9ae7b4fe39fd074b89ea15fd46ca47da3bdb6156280ebe84a2e
stimuli/edges/dog/dog4.png 3840 93a49f025c6a650311b8d28a985c70b80ea453d08b0782a59abd2c6061c29477
stimuli/edges/dog/dog5.png 4280 e3044248c57706c2969272b7818904f9115231f84da44c6539f24b82510e1818
stimuli/edges/dog/dog6.png 3328 6db8b65c7b5003e28b9f5cc593e73f0e48dd63f11e2329ef4f1edef64473d2af
stimuli/edges/dog/dog7.png 3545 724c0ac6d085039c2d45d0495c6cd0dd90dea086db309f651c0d0c9c873d9143
stimuli/edges/dog/dog8.png 2693 d4ceeb00d0b43cc117d0bc2596f00b1a75e31d912ddea7459863d6a5ee91499f
stimuli/edges/dog/dog9.png 2680 e46465325431b083f6caa0b2d6da887f1db2d23e67eb6cdf2a3177d1aaa6d3f1
stimuli/edges/elephant/elephant1.png 2896 e5d61340d1847b6d57f321898449d6f21458815adcc6e653884aea1aee77ebff
stimuli/edges/elephant/elephant10.png 4886 3caa7f159a9bb7984fc1801ebe2d8779d63ab2f03d06c945ba949bf6c6ab4c12
stimuli/edges/elephant/elephant2.png 3054 9217ad36c32f1da5a2401ec113203f8226ce222efb140e4d280f7395df05241a
stimuli/edges/elephant/elephant3.png 3540 46795ccfed76ce38dfb53ee783b0f6b7b89eaa9514a98931414c63fb4cceaf24
stimuli/edges/elephant/elephant4.png 3916 dff625cbd1e5838a836f8a2b317945179e326b00d4059532a129d51d4fcc371c
stimuli/edges/elephant/elephant5.png 3556 d55c761422185319a50a510ee7051795ef172e39893786b38c0ff444e4d0c6f5
stimuli/edges/elephant/elephant6.png 4209 f93d5ecf2e156a1bde4291ad97ea5aa84c2f5953e84621f541acfad252016ca8
stimuli/edges/elephant/elephant7.png 2922 045fafaf43a08318012d526dc2eb180c96f6c82a2ec7b4603985592d144c96b0
stimuli/edges/elephant/elephant8.png 3553 5be39a08aabcafc4619c1a908a00f1b9c435c2a5601d77b60118bb66dae458f6
stimuli/edges/elephant/elephant9.png 4292 aec10f41f67c8d7c42d834b85c64dc1f808d4099bf1478955318ca98aa2f897b
stimuli/edges/keyboard/keyboard1.png 2931 d166f910160b8459b42a92e1fad36ba8af87a3338084462ec7b25e4442c28e0d
stimuli/edges/keyboard/keyboard10.png 3943 a7fcfd3c135022939e9404d1c44e477903aed01c856aa3336ac38c2857022967
stimuli/edges/keyboard/keyboard2.png 4463 7beffe9892efdb5076b285cbb9c11615b7d168c4714338e098ff7ebc8be87edd
stimuli/edges/keyboard/keyboard3.png 2245 1160ed92a09b4cbc27c3a220ed9b1e33393e78fea8e4c468ba4aab83b103cad2
stimuli/edges/keyboard/keyboard4.png 4608 1f63ab34091d94a8fb57ad1775ce9c9283fe52b0ec2abe9e501650f40e4a9564
stimuli/edges/keyboard/keyboard5.png 3874 01bcc8cb52dff077f1b44e067226503f05e5c26e1197f353350715e9ec73191b
stimuli/edges/keyboard/keyboard6.png 2740 4250290cc406b2f2deee1d1bcd9ad557d558d1351d3818d149ec1a85ed01865b
stimuli/edges/keyboard/keyboard7.png 4099 2c4846ba6b81881a47c687aaaba752b4521ad1b2cc6950e1d08bd41647fce300
stimuli/edges/keyboard/keyboard8.png 4023 e6afd7b8f7d1c35707e01735f5866a9ccae3c1581019f597ff99d6d0b2099843
stimuli/edges/keyboard/keyboard9.png 2987 1a1cddccd8e34045eee9267ba2d71677929076f3e302958546f007121dd4e7b7
stimuli/edges/knife/knife1.png 2131 eee0f5cf4175a171ca6eed5ffd0b73abda7238dd836acd1940cee97a5727da8b
stimuli/edges/knife/knife10.png 2628 09e429dc22ac80a72f850a4a8601ef1b73a3932d16ba3d17ad82b4885171716f
stimuli/edges/knife/knife2.png 2667 9738d8ad35005dc66077c48cf90f5b0551dab5c549eabbf05d9e812e79ff6e62
stimuli/edges/knife/knife3.png 2530 65a09fb2ec28d93b696a61c037f60c7055575dfe0ce541c2435f768e2d907b4a
stimuli/edges/knife/knife4.png 2530 38bd32cb38a50c871fc507420ad6d2ad078b07d1cf1b8defdd837123d48d9700
stimuli/edges/knife/knife5.png 1569 20ad696dbd4da11d621f75e902c2cb689ba83f4ec7d14e9cecd2e2ee84c85994
stimuli/edges/knife/knife6.png 1669 7f5f777b3e7a467a07da7f43724a6bb4c307016ecd960199f509a9292e9df1ce
stimuli/edges/knife/knife7.png 1717 3549d40877fb1553a9e6b05666f64205b3c799701d8d37c72f35bce9723a2218
stimuli/edges/knife/knife8.png 2496 74567d983ea7dd4c7fa9fdd35190caaf37f65b161d4d46b2d6c259199be34240
stimuli/edges/knife/knife9.png 2000 15346de2fc0cf86eebbe4f4cfad35ed9fc101b869f9d5c318d612d266fc8f8d9
stimuli/edges/oven/oven1.png 2902 15ab39d163383236f7e6e043924bf45a6c1240fc5ea513a0bdaf184f09fea678
stimuli/edges/oven/oven10.png 3330 281ff8a4a9b9bc2f80583a98ded5748198eed9fab4ce7fa4061435b59b736106
stimuli/edges/oven/oven2.png 1849 18b9666bc8a94bb1c07fc61a8d4d8decbd36812b61d411c33ec8e70ee567fef9
stimuli/edges/oven/oven3.png 2995 9f4317bac8f762ad0d45e122db9220e2c326f98529be0a6cff91fdc86698ba22
stimuli/edges/oven/oven4.png 3556 ef56dec3f62ee255851c8dc61338b340b690ae4c8e00a84e9bfade9aa30be714
stimuli/edges/oven/oven5.png 3412 0fdeae18b3aade341b839e866b2d236c5e0549ad7b94395c16f2310e73c68903
stimuli/edges/oven/oven6.png 3295 615c9fb15f34d236dda701393f758d1c34a73ca9caad0cd7162e1a292eee6565
stimuli/edges/oven/oven7.png 3322 c5b88008e0f3336bb11d62d8da0b86c7fea4a44840c9f59617315acf13ab6ce1
stimuli/edges/oven/oven8.png 3352 d508a384a0df62392b149814cdd4191c4d108c3019414a5c9ef6178b0cf3b628
stimuli/edges/oven/oven9.png 3692 d64968c7c9ff9bd10b929a35723d37eba33551b1dbc7a7578b03e9ec15af4d59
stimuli/edges/truck/truck1.png 2784 7768e502ec7a18c5996e662501eea10bae3d8ef36a03a84ac0dfa1452a40acfd
stimuli/edges/truck/truck10.png 3832 5bb3e0c1c17045a1125ceb8ac6f55c3686fd5e5451cee38bb6d5a816ae2dce3a
stimuli/edges/truck/truck2.png 2928 64ce84fd6c3474c963381f832a3ab1db2647df3570f95e5dd61607103b9ebbd7
stimuli/edges/truck/truck3.png 2900 c6a43022b83e0f3fc5372e30885be18570c21e0a903b93116208a1ad851df3a6
stimuli/edges/truck/truck4.png 3726 c4a88d0eb0c36785e167b27e8380a86a2123ccb02edcb64c45a392b55728f03b
stimuli/edges/truck/truck5.png 2792 196cabc9059231d06bddb96fbed3d35efcc31e679774cdc75eb42e28488dae30
stimuli/edges/truck/truck6.png 3204 cb96c00f2f9c2623da8895034b3950ae62c86929fe4525b06395419f63487bca
stimuli/edges/truck/truck7.png 3199 720e944f450e9b4ba3e639717662c87c946b4e63ca46c2d2f8baa60df5f07a5b
stimuli/edges/truck/truck8.png 3079 210c2822616a4fd8b331e6e42dc30a5b926d6f2768ca0df6fc90a43a7306b19c
stimuli/edges/truck/truck9.png 3190 35136c3add4164f6143a335b3de1036a5550643f853d2d83c76ba28b421bb762
stimuli/filled-silhouettes/airplane/airplane1.png 2270 966a80d2a725b979420137dc86bd91c85aee09bce1d0c42751453c0d9c8a0e9f
stimuli/filled-silhouettes/airplane/airplane10.png 5826 c1337691d2f8b67a92e2fda2ef0af8c56c0e592ed728c758519b73b855ed614d
stimuli/filled-silhouettes/airplane/airplane2.png 6331 17fd9d8871be3802952250922c8bb39545a1cf5c580faaff9583f40de4adf6aa
stimuli/filled-silhouettes/airplane/airplane3.png 4477 b30bbb494e73393cea6c03e6244af09f6b25e7239f01e0feb21af509f377390b
stimuli/filled-silhouettes/airplane/airplane4.png 5404 8f5fd0cb5f636c889a7222e479901b31757cfd80c51edf71d25fa4bba8d2152f
stimuli/filled-silhouettes/airplane/airplane5.png 6972 576b4523d157332d20ff50997c085c01d9734c554479843efd014a1898eed91c
stimuli/filled-silhouettes/airplane/airplane6.png 5713 63a34b5c041ab37ac7941f21e5198f68071dc7f4298fa43b5ba90cd504452bb0
stimuli/filled-silhouettes/airplane/airplane7.png 5005 6e012e9cac42390f6e7dfa312796f98dd0fbbf3ff550099dac26964c6f6e247c
stimuli/filled-silhouettes/airplane/airplane8.png 5197 22a5d7ca014ba47af119c9adf038e777bd7774ebaf0aeee9ecd3e4bcd9db9385
stimuli/filled-silhouettes/airplane/airplane9.png 11962 6b847f3687f0ad2ae7b8c4ac9eb2edc5a1683ab716e48ba41764855ae829a28d
stimuli/filled-silhouettes/bear/bear1.png 6559 4f3ae2d37d66c43cd1a7124ed1c0b6a2a4fa021d878e61db697ce640e8793629
stimuli/filled-silhouettes/bear/bear10.png 4601 fe9dd59da990281e07326a8a17f3e4ac4bc51678693f47367e6814b8768733c8
stimuli/filled-silhouettes/bear/bear2.png 5678 b18bd43438714b7a1c04a79d82c1342e9098490265f1676928942b09c8a48755
stimuli/filled-silhouettes/bear/bear3.png 6734 a3ba09f60f182be8b485cbf9e335ca0f5c049e8cdf03e8dde5b3aae095cf2a4b
stimuli/filled-silhouettes/bear/bear4.png 5148 f9ed23e7271e52112ffec62bbcb02270a4d930e06bb8b213e2470aa24124cb60
stimuli/filled-silhouettes/bear/bear5.png 5836 40d3413cbc914cd8a00704a67a57da4d4cc135f2dfc539c96ae3c731f575193c
stimuli/filled-silhouettes/bear/bear6.png 5009 4ca8ea6e5256b6b9a3df7a1fa57adf152548c660e2868cc80d488247b6dc58cd
stimuli/filled-silhouettes/bear/bear7.png 4585 d952b65f34ab4adf1cdb270ac680d75619ad03743ec511bfbfb407570c30d780
stimuli/filled-silhouettes/bear/bear8.png 6096 6094679a02d909e66a138fdf438dcb10be688633664523bd4464934765db8237
stimuli/filled-silhouettes/bear/bear9.png 5048 5b5a1193d6333750dffa919c224335a8ff0059a78e58ecf27b460795e8d07b1a
stimuli/filled-silhouettes/bicycle/bicycle1.png 28221 ab23c69f26de0611615dd7db83f52ddb5e57e536891f777846316fe48566f81e
stimuli/filled-silhouettes/bicycle/bicycle10.png 16509 01138517d4e11af6d27bfef00561a195c2be190fc22f099bfffd2bef7d0ad286
stimuli/filled-silhouettes/bicycle/bicycle2.png 25626 2917d85e7fdc005c55d722335e9ba4bb8e5e825923b6174744da6fa3036e7aa8
stimuli/filled-silhouettes/bicycle/bicycle3.png 18891 b94aadc65d58bf3b903058aef09cf69bb2c7625c5b1d1b39b479314422887e82
stimuli/filled-silhouettes/bicycle/bicycle4.png 22647 09979a844225be904b8e5a87ddb53f25de2606521d40c10445b75d2f652b706c
stimuli/filled-silhouettes/bicycle/bicycle5.png 22811 e56969d70d2caf507ac00bc51026e93bccd9aa329c2e1e87955336d5a29fe1a5
stimuli/filled-silhouettes/bicycle/bicycle6.png 14974 e2393bc93e430aae30f9a36a59c57f99ec5e3ca0a10db288c967d08cbc87ddd1
stimuli/filled-silhouettes/bicycle/bicycle7.png 29112 7c5549e4af1df108e084d2c23c1e7b08139c5999b1a809fa4e480e1583d432b0
stimuli/filled-silhouettes/bicycle/bicycle8.png 26619 0934d29eee76bb0656e52010d3e0f2dec98759b129e4325f58fd16bbbdcb6b7f
stimuli/filled-silhouettes/bicycle/bicycle9.png 25578 ce2a5ec7a67e49f09580e5a16a3b0a5016fbbbaa6f50d5dff8aa90c7535fc4a1
stimuli/filled-silhouettes/bird/bird1.png 4327 015f58a31373ab7331e4501a5e7382e01ab5d56301da0faaa2a26859e4989399
stimuli/filled-silhouettes/bird/bird10.png 5566 08033af2fec31ac925d179f32ec011b72348dc5a4668570f6d8fb73caca23209
stimuli/filled-silhouettes/bird/bird2.png 6449 fe32bb14c796d35e5cca3226d4e2acace0aaee47c04f8509b13471afe006887a
stimuli/filled-silhouettes/bird/bird3.png 4356 7495b92bf0c72ded69b039207b53375d98829ab9afc39ea853d064f074cc50d9
stimuli/filled-silhouettes/bird/bird4.png 6497 299c301c386fd844d1557cab1d93af7352eaa8fbebbca18c0e7985eeef20f10f
stimuli/filled-silhouettes/bird/bird5.png 7007 8bc6d2521b7df1e86d49a5ae96d3c8db863e50907841523cad1dc790ba70795d
stimuli/filled-silhouettes/bird/bird6.png 7172 58af261b21a79c888bdb538e7d75cc9f65f011c23caf3ef140070881ebc51f95
stimuli/filled-silhouettes/bird/bird7.png 3513 568ed3b2bad3e91576f4d0107af3e3b9764ea33f50bd0fe9ff9535042fb23e0b
stimuli/filled-silhouettes/bird/bird8.png 7153 d8886b77bc43ab8375433d962eea459154d247ef3f000a2583932364bb7c2f74
stimuli/filled-silhouettes/bird/bird9.png 7810 14203a5206ee90832ef028ce9e490a4ec5a4cd22e477a64124c6bf74af888a07
stimuli/filled-silhouettes/boat/boat1.png 3808 fb335f6d52e7e5bdb19091b2fcee6c6b9a22bb7e1ffebbacbaa7895627f6cd2d
stimuli/filled-silhouettes/boat/boat10.png 3754 2116771c9e7be8a5ce23830c69d74a4dfc8864370ed7fc72d637dbe61952d65e
stimuli/filled-silhouettes/boat/boat2.png 4566 2b5132b8a82cb41c27a9084cb19f44242646f7816b2e10cec78a7ac784b00b35
stimuli/filled-silhouettes/boat/boat3.png 5022 a836223cb061c74331f925d68b7267549c93ccee3c790c3b7096d26d89774f84
stimuli/filled-silhouettes/boat/boat4.png 3695 6df8600366f1fcb85ee96d7e7f8eb1ffdab0ca1004da4f826d6ac02487901dde
stimuli/filled-silhouettes/boat/boat5.png 26373 e5822cafacad5489e2f21c0c683f1c50e823cdd276f127d03fa7b019ea556b57
stimuli/filled-silhouettes/boat/boat6.png 5140 5785924cb04497c496642709820904473dfd53eb258d07c8557bf2e7c07dc70c
stimuli/filled-silhouettes/boat/boat7.png 4032 c35ac950115a461b379eb89d4575292917a83fd7100b60838870fcdc4022ff25
stimuli/filled-silhouettes/boat/boat8.png 4426 69b291c8c5803342896e38a039f7fd6e89fae0888561110bb21a6579d5785b3e
stimuli/filled-silhouettes/boat/boat9.png 21078 c49e362e6733f4961542b704a34dab7be827482df0b18d91d6687a8da968e9a3
stimuli/filled-silhouettes/bottle/bottle1.png 2054 54b989c19c735935aee4f3c8b8d3ed54d4173b14c4a5bba59df547617ea96510
stimuli/filled-silhouettes/bottle/bottle10.png 2420 f042dd9e8114f3436f3ba87f3d4fe3cea0b4c0813d450832c06949f6508201c3
stimuli/filled-silhouettes/bottle/bottle2.png 2342 db7ff330aed160c2e8f3c1d40c45fb80af169dcb1aea0347e47cbb999dcb6ff9
stimuli/filled-silhouettes/bottle/bottle3.png 2640 adbee7fb526e8543d95b0632ab51bfa26cbc0f2651c868f1cc8891ba20b75694
stimuli/filled-silhouettes/bottle/bottle4.png 2616 0635f78cb68a04a8ccfad9e01763610f0968e9fd8c8a475f428ed4525749dd76
stimuli/filled-silhouettes/bottle/bottle5.png 5462 910fdc98bd37e149b98f3cf0ffe0e54e2f447e6b4fb58331b1470cd1c87ab7b3
stimuli/filled-silhouettes/bottle/bottle6.png 3697 6261431e27d0a8bc4548ecd1183d5f9d3c4501db7c96c5246c522185e57627be
stimuli/filled-silhouettes/bottle/bottle7.png 2567 61cfd5bddfccec2e133486246d180f419e5636d0a141bb678ea128fe16eecf70
stimuli/filled-silhouettes/bottle/bottle8.png 2438 a9f19b59d863c119d7ee1c27f43f809059f444bdfe43fcf20e5958a702af0a41
stimuli/filled-silhouettes/bottle/bottle9.png 2426 0c7d92e9b248237831b302d366623743fe49f5c26c75cc3698f6ddd8d7acf8ad
stimuli/filled-silhouettes/car/car1.png 2591 74cfb50effd8fd52026e4f6a430caf15bfb535ea77f54e5d6321ad073c7f35ad
stimuli/filled-silhouettes/car/car10.png 3475 c8857e72edd3a994c6bb178b45bef96e4fa4d2caff7392ff0d7961680198cdb5
stimuli/filled-silhouettes/car/car2.png 3174 46bd429618fc5b5dc5ea19ae17ab690ff5bc389ed48dcea8554f6f3562cbaca5
stimuli/filled-silhouettes/car/car3.png 2489 d0aaa3485b854654a6013b0d452bd20e5d57c01e17001608b7ced2c0e3860abf
stimuli/filled-silhouettes/car/car4.png 5862 b13d9bd29dc9924c5a332de4f766238d490a48a05a90c4cb48e71c678b908ca6
stimuli/filled-silhouettes/car/car5.png 4464 7650d843feb5a851e41a7a43f2b017a97b6e30476cbc60041492687c4f5df7bb
stimuli/filled-silhouettes/car/car6.png 3150 03f04d924251ef08dd0040dbdfca3c3c2e8fe8c13e1dded406eba855bd2304e6
stimuli/filled-silhouettes/car/car7.png 4515 5a488ba3482a606ebccc5a528457de3cafcf941c1508699e8efcd1d57621dc42
stimuli/filled-silhouettes/car/car8.png 3816 31462a3e417c905c84edff5e4f440c756892eecda4780269edb418f41e75172b
stimuli/filled-silhouettes/car/car9.png 4347 18c5cc51f463e61d5311981e8300bb7d69196ec34a1ce0ce7530d65eba8c0e1f
stimuli/filled-silhouettes/cat/cat1.png 4732 a08c96f6ad7308e3353276665750333d8d09cc6f21f52e30ae0700a30d71eb9f
stimuli/filled-silhouettes/cat/cat10.png 4307 eb12ab01bf573134372e5aaff010f98fb2257aebfce25408cbb63a3772e1d756
stimuli/filled-silhouettes/cat/cat2.png 7682 02044333ba18ce30aa56706031731519537bb07b23ed97e5376ac68b7b445062
stimuli/filled-silhouettes/cat/cat3.png 4052 06761bf28f02082090c20b4db04d963c8c7cf1f37a908f22a3e65182a4ff910f
stimuli/filled-silhouettes/cat/cat4.png 4651 d22ee46f96e44e002c61f6ae449b36216beff8e653a163502f4321cc0f6e2275
stimuli/filled-silhouettes/cat/cat5.png 3727 0905c8fcee56f8dee46ac0ac3d2f8265ce9e667940002ca8bf36560389519948
stimuli/filled-silhouettes/cat/cat6.png 7209 2b1367c21c57724378b77a885084e65f9a1d14ff33c2e199936e5ac685251e05
stimuli/filled-silhouettes/cat/cat7.png 6773 128cb8dbe0ee8431f958a4f38eaaf082989999e5d0d648aaf07a98720e8e2a09
stimuli/filled-silhouettes/cat/cat8.png 5826 88fc7fd0315d5719055481faa115c7b8833ff979b7a2e461b4ab06a34e3ea171
stimuli/filled-silhouettes/cat/cat9.png 5421 545953dd170537b3655e83eb42cdea557b790937427b315ccf8c9ce1f9ee7dce
stimuli/filled-silhouettes/chair/chair1.png 5155 e4d8dda48dd49c2a83073d7860bf061be9ebc83c1d4bda2340d638868771d193
stimuli/filled-silhouettes/chair/chair10.png 10635 0020e914b06c37ee228f090d6134abe2f3c2447fd7b69c6bbd408f26311f055e
stimuli/filled-silhouettes/chair/chair2.png 11170 43667769cb817f67e786e98f1e361b7889cb8b5789889a77a229137ac1955ad7
stimuli/filled-silhouettes/chair/chair3.png 8193 a6653abf30b2fdf5e571c7cd5294b9e0ff7c06b6253b95a6ffde0ba22a05a914
stimuli/filled-silhouettes/chair/chair4.png 14517 7c82f85e709f9e245b36e4ff38c60576007a0805962de580e8a39c49ca38c479
stimuli/filled-silhouettes/chair/chair5.png 9510 544e1abd916a2595810b0d2e36960cc84a8171d17e7374e5301013b8d1f8f3b2
stimuli/filled-silhouettes/chair/chair6.png 7603 f5d23743c8f1e7397e27cdd8712ed3bf881d53044eec62d4f5ba05dea5caebfb
stimuli/filled-silhouettes/chair/chair7.png 7284 1833210ced9209d9dd1c249cb3aa75ad903dc30f6b52851c6d6be6ab82dca57e
stimuli/filled-silhouettes/chair/chair8.png 6590 fcba98262fe236f573a933d934a3888bc1da4005a6cbb36319d7bcfaaad7a317
stimuli/filled-silhouettes/chair/chair9.png 7926 bab52b8ff7c0c172fc16218f23bc8d0ce52a1b131d01e009caf81edf574956ff
stimuli/filled-silhouettes/clock/clock1.png 1820 a47a60bc41caea7f0a366dd8565444b5db9ba3f364a8f64248f0be0abede39d5
stimuli/filled-silhouettes/clock/clock10.png 6557 032df980182544369359513ba1fdb9312d6f1eeb7b810d3d6a880d93db351264
stimuli/filled-silhouettes/clock/clock2.png 6149 c0f246a471b45e666bbe36e2d17dd1b653f8eda403a6ed7be412defbb523e987
stimuli/filled-silhouettes/clock/clock3.png 5041 cbe06037fa79e738d3b3b36b63da8b2cc367ab22df208edef138831da5095be4
stimuli/filled-silhouettes/clock/clock4.png 4759 d16aba2f54e6cf0ba0819fc3a3a68986e9db5b63692e3e492502befa3c1d88c6
stimuli/filled-silhouettes/clock/clock5.png 5527 36305db9cfc82cfd369642cb3b2a5db7eb2643b75578efe70576485a7d074684
stimuli/filled-silhouettes/clock/clock6.png 4187 e8bad8ba1eaf093806d45aaa411c2660af1b82fc7824969579cb7389a3612443
stimuli/filled-silhouettes/clock/clock7.png 3490 276d1d35d234c5ff30593e6191b27d55b6651a40035663574657ce521e4e468a
stimuli/filled-silhouettes/clock/clock8.png 6599 b666ca053fea0d580b44dcfc50251ad3cb4c7d4f677f8740124df8b0a5b21a39
stimuli/filled-silhouettes/clock/clock9.png 5207 978b4c8ba7fd8daa70a4753a37466c3475299d68e425e045d499f042b83ba473
stimuli/filled-silhouettes/dog/dog1.png 4765 592cf63ffcba449e87876217192a8843ec8798b5af74bd9028102c601dc7f378
stimuli/filled-silhouettes/dog/dog10.png 5026 d0bdcdffaa7def035c1b8aad1c8ae919336e041e0dc2fc1c0ba86491e0d6d38f
stimuli/filled-silhouettes/dog/dog2.png 4590 21003d9a04e3625639bed97d09397fa62fe5e6a7eb7cd4313bb2cfe37eea4bea
stimuli/filled-silhouettes/dog/dog3.png 6158 36d78fa7d013f65ac6f244b1f068f7578184216fbe4737c58d70a08a08ccb468
stimuli/filled-silhouettes/dog/dog4.png 4119 e3eda6eb68ed0577fcdfd2ce67ee6ef41407d7ebd4dacb5c67a0fde1e4df910a
stimuli/filled-silhouettes/dog/dog5.png 4123 1165a6ddcdfbb3c8b5af8992b3b7f245a0007d88843d7ac4d9a088455961f2d3
stimuli/filled-silhouettes/dog/dog6.png 4005 565f3712eeb83adf0f10ca764f604c4bb2158e5da9197fa926800ce2ca862481
stimuli/filled-silhouettes/dog/dog7.png 6171 ec177e86d177811080c2d571e24cae133c0576b0d2ab41701ca14df818448a63
stimuli/filled-silhouettes/dog/dog8.png 7340 ab758e61254bdebad31d4e84ac5d6071406db9af9c8572e97c0afc1b59db2a6d
stimuli/filled-silhouettes/dog/dog9.png 4906 5286efed0db32025e6d0355e3d03eac50963799aaaef99bef83fd95710a78bcc
stimuli/filled-silhouettes/elephant/elephant1.png 7340 d3c78ffa14574fc8f4ca8a2549303937e43a4e38f5ac1c29df636d301ef12f61
stimuli/filled-silhouettes/elephant/elephant10.png 2712 96de0b90658379fe60da0eeadd0f1284f8638adb378eb35784e40a681ade0e61
stimuli/filled-silhouettes/elephant/elephant2.png 5386 de06c7f14690b635497ea1f8445d67bf84ce31bc17ff98ef5676ef74348ade60
stimuli/filled-silhouettes/elephant/elephant3.png 5721 2ebf7e1ba822dee99bd9bffc2edd16851dfae3509150aaea7e82bf72ecfa2dbd
stimuli/filled-silhouettes/elephant/elephant4.png 7363 dbbe163bb65db1660a91bd948478ab8674829eab1cee4924ce6458322a365e3c
stimuli/filled-silhouettes/elephant/elephant5.png 7001 58292346f82f5be811c30cc578c07eb1d17b24325b37a6a8031627914b5748cb
stimuli/filled-silhouettes/elephant/elephant6.png 7899 dfa4e2919ecf78396c7f7ca640e3d5ba611dd4a963b887bcf57e35aefa56c1e4
stimuli/filled-silhouettes/elephant/elephant7.png 7701 1a3e7211cd7a9369148ec5a49a5000c5d6a6099ccf2c37037657a5df98c0dc6f
stimuli/filled-silhouettes/elephant/elephant8.png 7830 0d4f095ea3bc03472411fed70c4bbdd41ca3e195f268edaf491777e4836d9cba
stimuli/filled-silhouettes/elephant/elephant9.png 8766 b48fea19b1691bce2bb38170a1de6feccda585674fff78b5a3b92cfefa098b11
stimuli/filled-silhouettes/keyboard/keyboard1.png 2697 bb87b9d679024caddf9af253b00a7a9574565fa4c22467bc461a77306005e339
stimuli/filled-silhouettes/keyboard/keyboard10.png 3923 870bc74e7ede5454a9104b563290ae0a16ca9fe1ff3674f317ea2bf425030b0d
stimuli/filled-silhouettes/keyboard/keyboard2.png 4057 0b57a1d9be8c92f25b0a3612ede1753c933060460bc23cb70c98fdfd8139d905
stimuli/filled-silhouettes/keyboard/keyboard3.png 983 a5c72b696ecaac8c2cb3ba919940065dc3dcad10d34b145166c82234a4552e09
stimuli/filled-silhouettes/keyboard/keyboard4.png 4057 734a725af69d4ec4199ecc58c420db82499eb46feaa464fd764f6560c5fe2b08
stimuli/filled-silhouettes/keyboard/keyboard5.png 3682 459a28022c2ae06011ae7faa2c0bff38c1de2c222b32b8369c914ac3e3323cab
stimuli/filled-silhouettes/keyboard/keyboard6.png 1891 b67bb07dab92ef8d1b5df0f601fcab361d65536efeb624916caf3f8656aeda68
stimuli/filled-silhouettes/keyboard/keyboard7.png 4605 96b5b5a79d0df2ae4de526c81a28cedb5488b6d09bda13fd33f6e37b2f539ddd
stimuli/filled-silhouettes/keyboard/keyboard8.png 3401 0ea17de05a09f9e8de352aea6ae46e7952d95fef9b49982f6f29e453e14619cf
stimuli/filled-silhouettes/keyboard/keyboard9.png 2187 d12195f478cb7774737bb3ffbb1b6a45246189583527658b5fcbbfd8556a3544
stimuli/filled-silhouettes/knife/knife1.png 6361 0a53d9ec6ec36178b84ec07cc9929148d7947240b6fdb6680a5b294eb912c723
stimuli/filled-silhouettes/knife/knife10.png 5161 425270335dbbba42ae47191d51f0718697ef6b754fed2a78a2092b119d3d4908
stimuli/filled-silhouettes/knife/knife2.png 6008 02aad4f6738caf305819e30eea146c31c1d3b06ad97a82d0864e92aab7d74a72
stimuli/filled-silhouettes/knife/knife3.png 5560 8b9700f6469e7c870fe702aef2146949fab1797ec2bb502705be9f21265d5d92
stimuli/filled-silhouettes/knife/knife4.png 4831 98c5c780e057b4b47e44bbcc58b12c923f95c629b001aab203aaa0a6a2dcfe43
stimuli/filled-silhouettes/knife/knife5.png 2165 e0f71ff39ef64e6d3007a86bbbf225a3bf7593816c04489e5e7823853e6311c8
stimuli/filled-silhouettes/knife/knife6.png 3608 5ed259fee577ce32db6ff41598522edc6ce0ea7feb7aee43e9610f57cf57790b
stimuli/filled-silhouettes/knife/knife7.png 2799 b75c56e214bc6387f890608d842e29e922645dc155a842df7d5c1d730d218c64
stimuli/filled-silhouettes/knife/knife8.png 5028 240869f340da5f271a54f3f50c3e1299fbf614ada41df7c04d6cb96a3ccbe311
stimuli/filled-silhouettes/knife/knife9.png 4714 928563b7650121ffdcbececbc2a58c508b471c5a4d496a2b9a6cc2ea35af57d7
stimuli/filled-silhouettes/oven/oven1.png 1493 a3c7789f6bf28251be922f44eb3ef92a0593768bd0d2d2d646d809605147ab18
stimuli/filled-silhouettes/oven/oven10.png 2467 56c38c7a2590bd0e3fbd984e8cb591301fd47f759798980130da029b1bd85e27
stimuli/filled-silhouettes/oven/oven2.png 1387 9fbf539ae382fb3913d1439a1438f19aee1f70a495ab4f9e75f6dac7d3b5dadf
stimuli/filled-silhouettes/oven/oven3.png 4331 f453180fa19f705db58a2d15ac285e39604f7e97c90b09d3645089db36626727
stimuli/filled-silhouettes/oven/oven4.png 4452 7c71844f7aab51775c70784d26d1eee811ebb3a61021ce6e2aa644d1d781ab04
stimuli/filled-silhouettes/oven/oven5.png 4882 d02bc85d96980dc7746745cc6fc82df5dca44451389d367d7153ff8952949bf3
stimuli/filled-silhouettes/oven/oven6.png 3923 5f5fa8d9f035ea06c89d290aa6fc3447cb16f4576f9b1fc733bfdf14112d0362
stimuli/filled-silhouettes/oven/oven7.png 4382 3409148dda0ebe2c65f9fc44df0aaf9be9eab33dcb9cb2f3e92e7cf3a3787b36
stimuli/filled-silhouettes/oven/oven8.png 2999 c8c457353c723410ed91ed105694d5479d8e67c9a4ef2db0e7e6c52b4df5fad3
stimuli/filled-silhouettes/oven/oven9.png 5419 34410d14f085e65d5d22e6a1c7f5656c6cdeb18c8aad0a69be59bc1e26deae74
stimuli/filled-silhouettes/truck/truck1.png 1942 6a853db8a2cf88cdee8502f0a57b92eece3f3a5feec89222531cb6abb9610f3b
stimuli/filled-silhouettes/truck/truck10.png 5689 0ce6c3b7058ce6886625d803daccca930b9c3b6c67e45b6acee83b94e1405503
stimuli/filled-silhouettes/truck/truck2.png 4061 42a8182d73eb288f7a3cca388021fa3fc9aaeb9684eb3fb5bf997b2f697d202b
stimuli/filled-silhouettes/truck/truck3.png 3059 c1f8ae69eec9b6d8b844c73f62504fbad0f4184f060bba3c38312b09a0642939
stimuli/filled-silhouettes/truck/truck4.png 5791 0e6ffc82e9c47c527f74ad2a8dac988a5d0f30b46b9d15e62fac4b539d6abb9a
stimuli/filled-silhouettes/truck/truck5.png 3493 655f5c26c6929154a84180e217e4223a29a0f2d4cb16ad4d1c6cd119ea2d2fca
stimuli/filled-silhouettes/truck/truck6.png 4392 4ccd916494f544b7ecc3d6df4d88f5e5b6ef34676a11dae313b32d13e5bb525d
stimuli/filled-silhouettes/truck/truck7.png 3631 65471d68d1d9d233be779c3dd94eedeaf89140e1e61462a5a152882a796e50e7
stimuli/filled-silhouettes/truck/truck8.png 5070 047e459c7e304213450caeae0cb4a03793791942ae0db76fa50cf0d9589d9cd0
stimuli/filled-silhouettes/truck/truck9.png 2283 7de8d2bcdb8075b0f2c69b517a73b6ff120ef6e5670fc439091dd695113cb27b
stimuli/style-transfer-preprocessed-512/airplane/airplane1-bicycle2.png 122271 ab9d4e50381418a13e6ea80f9485f91a189f6c271a81db5d0806f110b5826750
stimuli/style-transfer-preprocessed-512/airplane/airplane1-chair2.png 106592 0bc6e50d404734c0d6fa08a9d127cefc2046f0c9426f9bd54b682e3e31565c29
stimuli/style-transfer-preprocessed-512/airplane/airplane1-clock1.png 116451 8d13074db67b9a678e7438939e64914a240e34fa973e1eb18d96fb4c0088e1cd
stimuli/style-transfer-preprocessed-512/airplane/airplane1-elephant1.png 110373 cd93eb39a69022d4ea2352897df0d06bc55cc488e4c5f16267c2f777f684d0e6
stimuli/style-transfer-preprocessed-512/airplane/airplane10-airplane1.png 91901 9383983cf582e24cb382b475669996b9d9c17a7536aa6940200ac8a65386c98f
stimuli/style-transfer-preprocessed-512/airplane/airplane10-bear3.png 113203 2ddb18ea8434843e87c5e21ae0055883da7ab177c7e7df7ce9c9fe4f7e67f49e
stimuli/style-transfer-preprocessed-512/airplane/airplane10-boat3.png 111552 866a695ce47fa8d6752ad208d54c2c0daae1f893db516e53eb3fd19788e4fd12
stimuli/style-transfer-preprocessed-512/airplane/airplane10-car3.png 118856 b0073e32d67e48da6b06e474b4751872d5c2816917774d19dd9be9731f802c29
stimuli/style-transfer-preprocessed-512/airplane/airplane10-cat2.png 109137 f2d2e0d230a1a22cdd2778d3bbcb1deb365a39d53b0536b78e86e6e85cfd23d4
stimuli/style-transfer-preprocessed-512/airplane/airplane10-dog3.png 98401 310222caac880592ed4d16bcfdeefe92e53e028b5bfc318f2c6bbfee14122421
stimuli/style-transfer-preprocessed-512/airplane/airplane10-elephant1.png 109964 689940bc5564a60b33502fe17f1137e297d4192b8820dc18eeaf58077dc09ce3
stimuli/style-transfer-preprocessed-512/airplane/airplane10-knife3.png 85333 4f93271ef5a63501657cf84dbadded9866091011d867a75e7fd3dcbca0472ea1
stimuli/style-transfer-preprocessed-512/airplane/airplane10-oven2.png 87176 d3587ef7d06f0397d9b978002e96a15da34633c97c2e56f9d8006214e18a4cd0
stimuli/style-transfer-preprocessed-512/airplane/airplane10-truck1.png 108627 709d99df8b315670bf4f8009a8c39e56e9982e4eb906fc3da73e7e449ee38bcd
stimuli/style-transfer-preprocessed-512/airplane/airplane2-bear1.png 118233 b3427f6cd54cad05acf722467413149194826a03c9b8eef65b56846f0d0d23e8
stimuli/style-transfer-preprocessed-512/airplane/airplane2-bicycle1.png 129871 7d01519dcf38b0cd97ee648504300ee05a8e8b0f39be5d47dbd578c067ee3edc
stimuli/style-transfer-preprocessed-512/airplane/airplane2-bird3.png 91585 4ecec67656430a2fdbfdff31f8d82029e9711ee205f13e0601dfc1e8c565714e
stimuli/style-transfer-preprocessed-512/airplane/airplane2-bottle1.png 120344 c632dbd2368f7812170592ea00f26b78926c82f6c5be5043224e1ae71bf67e36
stimuli/style-transfer-preprocessed-512/airplane/airplane2-cat1.png 105771 c70bde452d3bbf4509c185e6d84c4c2b6cb78cfebc0ff67fba162af880b4f728
stimuli/style-transfer-preprocessed-512/airplane/airplane2-dog1.png 113564 4bea863af0a18b5129405961a3053bda4169c8bf6f323d3378effa88cb8004b1
stimuli/style-transfer-preprocessed-512/airplane/airplane3-airplane2.png 106847 73baa604a4bc393ac63f252a2bdedb90fec838b30a8cbb57c7e4d16cfd22b639
stimuli/style-transfer-preprocessed-512/airplane/airplane3-car1.png 116221 9428fb8a9a5fac627bf6e4358640fb7773d9907e6af757ed48533cd56c242b49
stimuli/style-transfer-preprocessed-512/airplane/airplane3-cat1.png 106296 18bab5518f2804cb7460b0ad6e143b3b2beaf7f5acecc529d33dbc8f05985d2d
stimuli/style-transfer-preprocessed-512/airplane/airplane3-chair3.png 100608 662ae5ca432093e975312195dcba35f9ad4ed75d991ad9e9f3a31496701c311c
stimuli/style-transfer-preprocessed-512/airplane/airplane3-clock1.png 115626 2fa05651dcba66c46e61a6874aeb51aed4fc16dd5a22e3046ae5d83f7f1efcfb
stimuli/style-transfer-preprocessed-512/airplane/airplane3-dog1.png 112823 25accb54ec8215df7868ab316b97da59637744d67decaa0c9f0ae4761a190b78
stimuli/style-transfer-preprocessed-512/airplane/airplane3-elephant1.png 109926 fb0736cea0337106a7862d48c53746616ed74bfd7c52a9b59fa80f521f3a19bf
stimuli/style-transfer-preprocessed-512/airplane/airplane3-keyboard2.png 99444 8aa61dc4016c0c274f81e719f38771ca10ddf715215c8656ae553daec5d49168
stimuli/style-transfer-preprocessed-512/airplane/airplane3-oven1.png 86593 1288341ac843eff4891a50811758699c3133f1a37810b2333a64b9952d1cb2be
stimuli/style-transfer-preprocessed-512/airplane/airplane4-airplane1.png 90517 f77f4390b1067e04d998ae1de27ff0ccf012f1cad52a62b6f4690598c50f77ea
stimuli/style-transfer-preprocessed-512/airplane/airplane4-bear3.png 113087 fd4ddd17fdb7987c80edeb1f5eecfcc59e23531c3d8808764f298ee0bc0140d7
stimuli/style-transfer-preprocessed-512/airplane/airplane4-bicycle2.png 121736 9ae409698cabf8a03ffa0ecc80fedf1140ae7a7a5759742aca4d76bdc83f3b39
stimuli/style-transfer-preprocessed-512/airplane/airplane4-bird3.png 87499 4c96bf3fd2230a199c05edecc2afd39e953a83782245aa844433fe4d1bc67d66
stimuli/style-transfer-preprocessed-512/airplane/airplane4-boat3.png 115865 be65c66aff8e9c3194c0126533db3f70fe83ce2e9e534d8664f36b2c393585c6
stimuli/style-transfer-preprocessed-512/airplane/airplane4-bottle1.png 120588 57b176dedc7ab6a85462dae24775a2d386f3e2a573422ae0216b2b9fe9f931db
stimuli/style-transfer-preprocessed-512/airplane/airplane4-car1.png 114120 dd7ce7d41a0768d974607b896e7c21c65091f1727bd7801c05d15b37ee2f54e9
stimuli/style-transfer-preprocessed-512/airplane/airplane4-cat3.png 94168 b4adf9a2d587e2f40eb088271f0af275018dee051b70201aefdde74d35218777
stimuli/style-transfer-preprocessed-512/airplane/airplane4-dog2.png 98687 f26a11fe39c02599cebd2faff3df69f5c04bbd340312583f317f88f56fcee11a
stimuli/style-transfer-preprocessed-512/airplane/airplane4-elephant1.png 109797 4eac0e6821db15a0dc4463b64ef75b31dac701d2a9f19b98673e8c50ea058d0d
stimuli/style-transfer-preprocessed-512/airplane/airplane4-keyboard3.png 80140 c88bcc1b189165a5bdf9ed58f2e6e7883368fedce1a71e5072e252138d6ae16d
stimuli/style-transfer-preprocessed-512/airplane/airplane4-knife1.png 108432 c0adf5beb7f37a32b1917241baa5cd104c478549d4d5514a1568a1b4d5709567
stimuli/style-transfer-preprocessed-512/airplane/airplane4-truck2.png 111574 4529c0581eb71bc207cf94281592ff4d9744f3d9ff9bbd1a34e0f691d2421507
stimuli/style-transfer-preprocessed-512/airplane/airplane5-bear2.png 110290 a187c8d7620d6dad2d3d4fd920e0ae7e9e2359300444952c1e850191f96488c6
stimuli/style-transfer-preprocessed-512/airplane/airplane5-bicycle1.png 130800 fdff442b2574dfd88382e87e237dce3c3f4594a91194a04a8baa7ad2ce883b3e
stimuli/style-transfer-preprocessed-512/airplane/airplane5-bird2.png 107803 ce743b9d84fca9f86d12ad58d584c1647ff8c9c001a68c83abb1a1def55491ad
stimuli/style-transfer-preprocessed-512/airplane/airplane5-boat3.png 113635 3aa8239181f53889be00c8f84be3d1f4be7224e38387824f19b29d1559d8b847
stimuli/style-transfer-preprocessed-512/airplane/airplane5-bottle3.png 118997 d36f4d5e94262c316d2e44c2ff7eaa9b7949ffebdbea66cb54c142dc2b62adfe
stimuli/style-transfer-preprocessed-512/airplane/airplane5-chair3.png 101147 fb10ce068d314b7e978bbdf46f02f3131c22bd862906ba67edc51093f063a956
stimuli/style-transfer-preprocessed-512/airplane/airplane5-dog3.png 100992 17cfed8584fac414c7fb5bc9848d111737f5ae16fc33f4476109c590ed19abdf
stimuli/style-transfer-preprocessed-512/airplane/airplane5-knife1.png 108079 1518ddb88a417d145480bcc9ebef478d63af1b8c33ce91b81ce96ba9ac812183
stimuli/style-transfer-preprocessed-512/airplane/airplane5-oven3.png 89485 8ac591e6c85a42e22c5a6a263138f21f5901410366ba5f98309db5c841937026
stimuli/style-transfer-preprocessed-512/airplane/airplane6-bear3.png 112973 cf6a4036c1eb9f0c4dd1372200ad014356a7ba84dccc6b788bda49d46f7d2dff
stimuli/style-transfer-preprocessed-512/airplane/airplane6-bottle2.png 103798 ee82cbff6e89bad0d66d68a9afa1ae540e1bb7d411064c5f042cb366ba20f91c
stimuli/style-transfer-preprocessed-512/airplane/airplane6-chair3.png 100654 69ed8fe14700079fd073efb8c5bfe9b4f7b29ddd69d1a937e8c5a4246f794795
stimuli/style-transfer-preprocessed-512/airplane/airplane6-keyboard3.png 83330 b86630249276a270b0b0f9002b87957204705a8f6097a2ace547c72ae06ca3af
stimuli/style-transfer-preprocessed-512/airplane/airplane6-knife1.png 107975 8b0bfe839a12c8c03503510e37ba2b5b61eae390b0a52e92ca06620b62f75751
stimuli/style-transfer-preprocessed-512/airplane/airplane7-airplane3.png 90199 5aa7f235e37ff1c96e284ff3fc2e4c1ff4b40b3bb8620504850bec2afc7c051f
stimuli/style-transfer-preprocessed-512/airplane/airplane7-bird3.png 84076 1dcaa639bb5baa15e4468ce410a9e2680558c3253507cfdd95a29ee2a774c36b
stimuli/style-transfer-preprocessed-512/airplane/airplane7-boat2.png 114991 11fd474804a2cfb2336c2b8bcb7147f599e95651fc3a5cacd16cf559379e97b8
stimuli/style-transfer-preprocessed-512/airplane/airplane7-bottle3.png 116249 2bcc1f3ec3d19247efa562503b309105f31d44dc7ed18d1900b7eb9df2507933
stimuli/style-transfer-preprocessed-512/airplane/airplane7-car1.png 113251 122a058468a08dcf4b2448959d5188f0edffdd2c31b048ea04e42d4fa18a3ebd
stimuli/style-transfer-preprocessed-512/airplane/airplane7-cat3.png 90946 50c7396b5e136c67f9ad5bec75f6a13a49bdd9599f009d93c874e4f3a9b81d34
stimuli/style-transfer-preprocessed-512/airplane/airplane7-clock3.png 105040 80f99bd53ba5fc9df8ed3c2934ed2669a4ca20773763485b4699302e014fb102
stimuli/style-transfer-preprocessed-512/airplane/airplane7-keyboard1.png 100878 e8675b1d247d809441f0e0f0d02eaeb9d3476fadfebe1146fd2881dab0027dbd
stimuli/style-transfer-preprocessed-512/airplane/airplane7-truck1.png 111056 8e3833ed315ef75ba13a3e2603dc2f96b139f3f3e22bf5b7c50ddda669ff9dea
stimuli/style-transfer-preprocessed-512/airplane/airplane8-bicycle3.png 123242 a9bfca5fc1f3197931043b46d164e1d19be4cf62f970466f3f9ed5e9de458c1b
stimuli/style-transfer-preprocessed-512/airplane/airplane8-bird1.png 90412 5d95d7ebf486d1562f3d6e178854a00ccaba8f7bbd0f7b883564c3fdb28ebabc
stimuli/style-transfer-preprocessed-512/airplane/airplane8-chair1.png 92735 bcbd3c4aed71c5becf4b486c828340ffc92790d624a64948afb82170c569c671
stimuli/style-transfer-preprocessed-512/airplane/airplane8-clock2.png 107968 e7f53dd4573492261e905cc57d3ec02ea7d96a154e64750cd9cbbb8f06bb5b87
stimuli/style-transfer-preprocessed-512/airplane/airplane8-elephant3.png 114830 dd86c101ce6d37619fc52b978d620273598b2d470fe2937e6692581d9c8e951a
stimuli/style-transfer-preprocessed-512/airplane/airplane8-oven2.png 89536 b0b83e67c221e143a28cf55f8d41543e909fd17f7cbfa1122c66d22a024d5284
stimuli/style-transfer-preprocessed-512/airplane/airplane8-truck3.png 109889 420b410b38a43bc3a6eaab881cfa15104af5044b97a8f03183df206da4d47f5e
stimuli/style-transfer-preprocessed-512/airplane/airplane9-airplane2.png 102080 7bc348396c82086b65dcce891c3bf8945d5134a624c6224baf83485a1df6c5c5
stimuli/style-transfer-preprocessed-512/airplane/airplane9-boat1.png 106743 82a3b95c9fbf6addfaa2fa0e3088bb754ba27ff4f2919571ec9c1ae149792c1f
stimuli/style-transfer-preprocessed-512/airplane/airplane9-car2.png 107252 337c2bf0f4ea3d27159e4d0f013b1d20d75a83a034d440ed783432303d572b35
stimuli/style-transfer-preprocessed-512/airplane/airplane9-clock1.png 113697 38aad0a8815049c5acf45b99b112ec566d5aae6ef78f688dc88b9826ad022791
stimuli/style-transfer-preprocessed-512/airplane/airplane9-keyboard2.png 93506 de26b0d8786dfae5bf018d7cf68ef794687fc9e4ec531e3d1a619c14bfc461ad
stimuli/style-transfer-preprocessed-512/airplane/airplane9-knife3.png 86860 8b84f08a928041190a503f7cd74b68222dcc43d2566edf4285a8859744e6e1c2
stimuli/style-transfer-preprocessed-512/airplane/airplane9-oven2.png 88044 e258db127b0426426c65a159f2c1259b94ae2ac0955ef347cd1c4797590d546d
stimuli/style-transfer-preprocessed-512/airplane/airplane9-truck1.png 112130 2b643a36e0334d309076f8719f27598f2cedc75681d26f02c35256973de0a8d3
stimuli/style-transfer-preprocessed-512/bear/bear1-airplane3.png 97655 d107ad3cb3e430a6e59c7a21b255ac0b28ec7c98581ac4ea75f6d6846a22d2f1
stimuli/style-transfer-preprocessed-512/bear/bear1-bear3.png 115987 40daa9f74e639f96325b00250f1a117b6c41337d0264fdea32eec0d662b85d5a
stimuli/style-transfer-preprocessed-512/bear/bear1-bicycle3.png 125490 bafbfa4acc5632331a9473e68fd0def410312338fdf095a373c0d7cb01b9b30d
stimuli/style-transfer-preprocessed-512/bear/bear1-bird2.png 108285 fec6f4d56ed2b7bc8dc61a5e7f8c5f554290b35ffda08554f5f97ba7529003df
stimuli/style-transfer-preprocessed-512/bear/bear1-chair2.png 108862 a4e88f713edabab091c7e32c7a789179e9b772ae3ee95cb2bb2b8b1da95c0cb0
stimuli/style-transfer-preprocessed-512/bear/bear1-clock2.png 113678 09c4020554a0f36f520f9d62d2ac90a31884a44548b6f5517413504c620ecbc4
stimuli/style-transfer-preprocessed-512/bear/bear1-elephant1.png 112434 e2acacbb4eb75d92fe1911107fea4fd94f50fa12a0ee89c236c374cde46081b7
stimuli/style-transfer-preprocessed-512/bear/bear10-bear2.png 109199 5e9d17de0811bb5f227736419dc6f91472968143c5200651ab608ed01adea75c
stimuli/style-transfer-preprocessed-512/bear/bear10-bottle1.png 121556 619e79200725984088877c3e6c8d4a2151661a4cd4e388855aed9b41419d5d1f
stimuli/style-transfer-preprocessed-512/bear/bear10-car2.png 108987 1f14878482066aeba96fdd86b6c5edd32460b48b749c974573246b1384f8dc0d
stimuli/style-transfer-preprocessed-512/bear/bear10-cat2.png 110108 9e4ae24bcec77ccc9083e69340d9a90a991f6f4658a8bc662112d6644b6cc022
stimuli/style-transfer-preprocessed-512/bear/bear10-chair2.png 104321 03d5653c7a098b5dc3ebb35344fa9d891ac8dba986d68311216f8eaabb9d7f73
stimuli/style-transfer-preprocessed-512/bear/bear10-clock1.png 114813 aa2a85adc04d4a0440337c579301f37acf3b6cd15a130ea1299d046cb93b13e1
stimuli/style-transfer-preprocessed-512/bear/bear10-elephant1.png 112130 87a70d92e0ec89af9a986802fa3caabef6cc8de3a18d498088513cee85abb0e9
stimuli/style-transfer-preprocessed-512/bear/bear10-keyboard3.png 74083 eb49ea807e78fb482250ec67fda9830f7cc8d0e2d0512ddeb883a77b0ed8809f
stimuli/style-transfer-preprocessed-512/bear/bear10-knife2.png 98595 df312af13fd09a31c5fc70053644bdb15a30fb05e252e4f612994d730b5abf3a
stimuli/style-transfer-preprocessed-512/bear/bear10-oven1.png 87465 72059826d2303006a6c992c9363c4ca0b94f8622c60302926238864699c42e9b
stimuli/style-transfer-preprocessed-512/bear/bear10-truck1.png 113336 916c1425da3bb8c64366a98e103d626cd9ec12062a084cee851fc41160fb9316
stimuli/style-transfer-preprocessed-512/bear/bear2-airplane1.png 95811 17298167be40e3f079e1874a2d48c6c6f19df08cdd2fe9dd9ef57cda4c00ddfd
stimuli/style-transfer-preprocessed-512/bear/bear2-bird3.png 89606 1bd732650af15abfd957abfcd7b2b01141d05d7a8fc81cf2dae211c98a0eb682
stimuli/style-transfer-preprocessed-512/bear/bear2-car2.png 110408 d5705f10362cd3e0bfc52ba3d9bf2fe3cdfe7ddbbd74a8e59fdd48c1c9ecbdf7
stimuli/style-transfer-preprocessed-512/bear/bear2-cat2.png 111092 5dfd1d44222fd85c203cca1423c7e1e31dde0f8043cdc401be358495304c75ab
stimuli/style-transfer-preprocessed-512/bear/bear2-dog1.png 115100 957fc7fe2c7b097045e3f6ad92f854c1f2104783ab3a4c2ba2d3fbf50fdb8c53
stimuli/style-transfer-preprocessed-512/bear/bear2-elephant1.png 112333 8aaf79661b1c6fb70cd63c3a0e16ff4ea5759bd76118d282db854df0ab583a01
stimuli/style-transfer-preprocessed-512/bear/bear2-keyboard2.png 90845 0b4daf52acae5e080b5f52fa4e9e3e94ad4bf3cda3559fd35e1eec3233ca0639
stimuli/style-transfer-preprocessed-512/bear/bear2-knife2.png 100876 d3395c4840f1a1c9a982901fa8c9c894e74a994eacf1a638ed5f7b4672e1b926
stimuli/style-transfer-preprocessed-512/bear/bear2-oven1.png 88381 a27251b707bc797ae98a82829464d8e664e4ce8d3738a044ee85715fe4f5bac6
stimuli/style-transfer-preprocessed-512/bear/bear3-airplane1.png 94999 473044cf070a460f9e70ee12b41155b452cdfe9b7badb29ac1df450f9f939464
stimuli/style-transfer-preprocessed-512/bear/bear3-bicycle2.png 125420 136c6dd77206e1a3dab5eb2b70ae2bbbe619225abd7b2f993cd405949102b5a9
stimuli/style-transfer-preprocessed-512/bear/bear3-bird3.png 90735 0280aeed26c789e4586b1b59bfff912a0854924e638941456a0589fb482349a8
stimuli/style-transfer-preprocessed-512/bear/bear3-car2.png 109273 77ba1a280e948e3e1cf6bb1d7cb98407c846d2221b8c657d416c0fc9e6a2a526
stimuli/style-transfer-preprocessed-512/bear/bear3-cat1.png 107376 71f2cf7ad9cf1b1f40c4af28467f3905e6feeac6cfe1806f2aa958326d2cff45
stimuli/style-transfer-preprocessed-512/bear/bear3-chair2.png 107071 f3cf7ed8d75d5158180a3bf18a442efcf10ba5c83c4b4460165baeb12eff3c0a
stimuli/style-transfer-preprocessed-512/bear/bear3-dog3.png 102021 f5873345c425a4ebe4ca6f0b7ccd2067cce25fc68838b4ab642803d4e16868eb
stimuli/style-transfer-preprocessed-512/bear/bear3-keyboard2.png 91543 4068f152220baeadbf7a3751fbbfb075c0da5b858b90d16f7eb880791aaf70a3
stimuli/style-transfer-preprocessed-512/bear/bear3-truck3.png 99744 40070364ef58db61ef500828a0418477775cbbf7900f712dcb6d686f67694142
stimuli/style-transfer-preprocessed-512/bear/bear4-boat2.png 117114 71db6d0020bc359c57b65ad98897a70717866642232c33fe0e04f72f28e04196
stimuli/style-transfer-preprocessed-512/bear/bear4-car3.png 121595 179b5a588db0938bf0b02c7f421f2afeff7cb7eec0ef05f36b9ffb1d1703a3cc
stimuli/style-transfer-preprocessed-512/bear/bear4-cat3.png 97021 c5f77526376479a57d6a7ce4703d1663bdb9bba570b6807ad4ad71fd0fdb93a1
stimuli/style-transfer-preprocessed-512/bear/bear4-clock3.png 108399 3cb137aa3ebb17b2896be7dbca0865a59f8cb694e9971276788f06254687b559
stimuli/style-transfer-preprocessed-512/bear/bear4-elephant2.png 111134 0389487f5e0de9358a91335c7869698b18bcf1a287ca4fd4873a32d5e6b70064
stimuli/style-transfer-preprocessed-512/bear/bear4-keyboard3.png 83203 7227539a7da0a4571f4f9ebb0e7f82ab40fa222be5b805b0ed639f1b4d9c4500
stimuli/style-transfer-preprocessed-512/bear/bear4-knife1.png 109615 5bae52b0e147f9d04fc3e92c9cde4cf96a1353f2ca3447a1899ccc9d958814d2
stimuli/style-transfer-preprocessed-512/bear/bear4-oven2.png 88096 535b1bfaa39229a78fde6b3619d56287f9d21f13732c75cca549c608c3ebeaa8
stimuli/style-transfer-preprocessed-512/bear/bear4-truck3.png 109470 7ed48eedcfbeeef99768fdd067face56f27c0f3bf5c3a8c6910c0dc2116d68a8
stimuli/style-transfer-preprocessed-512/bear/bear5-airplane3.png 93916 955c7b4e1ef110a2778dd6cccd270a9f0504c93fc824a137fb8e9b3988d62331
stimuli/style-transfer-preprocessed-512/bear/bear5-bicycle3.png 125972 80f03f8180d06735255be2b9e14bc43e2fc934e8b3986c8f0da70e3a09daaf8a
stimuli/style-transfer-preprocessed-512/bear/bear5-bird1.png 91625 0b5ee85584519aa116b18484e0e9dad95df26c095414cb8e5c60252c087061e9
stimuli/style-transfer-preprocessed-512/bear/bear5-boat2.png 118137 b87031bfa8ff6910d73bac41f7aed08605b858c54dce52f70d903e68eea69ac9
stimuli/style-transfer-preprocessed-512/bear/bear5-bottle1.png 123179 c55a91d6d80cbf724a95326a6f6f85b5166a5c015ec6fcd697acf5513d795ad8
stimuli/style-transfer-preprocessed-512/bear/bear5-chair1.png 95662 3379d30be8b429169ba9542414085bd75608101d7b77e53f0a92de842c74edd6
stimuli/style-transfer-preprocessed-512/bear/bear5-oven3.png 88495 894a3d0ffbc091983fa819cafa2007f158bf1b50fc1b7e5e1d1141967749736d
stimuli/style-transfer-preprocessed-512/bear/bear6-bear1.png 120115 ae7382b19fb977d0fab33379264f5bd5b9d6a44569a0b9ad42524eae9ab3b706
stimuli/style-transfer-preprocessed-512/bear/bear6-bird2.png 108313 520344e0f370ed60688c713d0e060d77b6628da34e87662ab644f6a7cdc3ac79
stimuli/style-transfer-preprocessed-512/bear/bear6-boat3.png 120639 f59ac4128a7fb26d1715d022ca9f08dd563a1bbdce70a274a7d79bde6a51c284
stimuli/style-transfer-preprocessed-512/bear/bear6-bottle3.png 121633 e1610761541c53b6992aa490399f292433941ea3696bad660bcdd620e442ca3f
stimuli/style-transfer-preprocessed-512/bear/bear6-car2.png 112070 633169b81e9ba94c06b79377351ed7d64b51b2136dedc3546e5546cc64ee9808
stimuli/style-transfer-preprocessed-512/bear/bear6-cat3.png 100505 b9850507ca861f7fe7f6ff179e0067b4b51f86fccbc0d0b8d185778811f3c2ca
stimuli/style-transfer-preprocessed-512/bear/bear6-chair1.png 103121 7bc5ec1c603cd7482017cbc71547b779531196eb559372378e33179f08a627ae
stimuli/style-transfer-preprocessed-512/bear/bear6-clock1.png 117464 36f242d2b537dec8ec9418dc653610af3debc6496355d6acd4e5b7cd063f1c99
stimuli/style-transfer-preprocessed-512/bear/bear7-bear2.png 109021 690000bbe5ee376225a1e58d32b946c9bb5257b71f680c5d0b75466faae560fa
stimuli/style-transfer-preprocessed-512/bear/bear7-bicycle2.png 125022 3a55309093620bce855b384c067d37878d59aed6373c573ff13822b867af8bb9
stimuli/style-transfer-preprocessed-512/bear/bear7-clock1.png 115065 35e369848a7aa3b02203434e7f34f534268977f194ed97d4b3d5ac691c7bebca
stimuli/style-transfer-preprocessed-512/bear/bear7-dog3.png 102262 75ffa6cf52fdb39fe64590c34255d39dd4cb654db76d4b2556c646e7048d191b
stimuli/style-transfer-preprocessed-512/bear/bear7-oven3.png 89056 14b237c28385c06866b3bfef6e22e6440921dd9b33bd1ef7368fc4e71fca2803
stimuli/style-transfer-preprocessed-512/bear/bear7-truck1.png 117175 db05b59f5459ed11c4b04654ad8e8b158e38ac5792387d3ff42755a6d041add5
stimuli/style-transfer-preprocessed-512/bear/bear8-airplane1.png 97469 460350a3ab2fde0298f1a970bc6a11a10f2a549415524d680b28a0b1dd2fd900
stimuli/style-transfer-preprocessed-512/bear/bear8-bear1.png 122142 83f74ea3809c9b963b6944a2e677220684c83ac9024052efb89553fcc4793205
stimuli/style-transfer-preprocessed-512/bear/bear8-bicycle3.png 126192 fbc648d6957b6354acd73a3921e7f3beab24b9d09c8df985106a9d6bb03295a1
stimuli/style-transfer-preprocessed-512/bear/bear8-boat2.png 118713 237d7c5b587391a1c082242c9aa2d41586967806d13ffe813a149cb41691308f
stimuli/style-transfer-preprocessed-512/bear/bear8-bottle1.png 124138 7564383f399495985e0fad36853352f376eb12edb47708bde8b4c5d7434df5cf
stimuli/style-transfer-preprocessed-512/bear/bear8-dog1.png 115273 3a34e46e25a612aa028993e51eb0413873b1a7a04e1949f208d60baf0cc05ee6
stimuli/style-transfer-preprocessed-512/bear/bear8-elephant2.png 111410 401c4cd6ce246843d87884322673db06ea6a87f922384c4c35f91934ecb0b6b2
stimuli/style-transfer-preprocessed-512/bear/bear8-knife3.png 87600 29042f37619dd3001ea9877063bfec67dea7b4f8d4e2c0714860e11c1b500b9b
stimuli/style-transfer-preprocessed-512/bear/bear8-truck3.png 102847 e2ecf5fe8528170eb9ca098b324563dbcc35791a524f25bf41045221681488d9
stimuli/style-transfer-preprocessed-512/bear/bear9-boat2.png 118658 98b1ee2600e25dcec914fd8c7649484d1e30f9f5f4ead4d3f398b51d5eafc5ff
stimuli/style-transfer-preprocessed-512/bear/bear9-bottle2.png 108908 c7534c0db4bb73b5497625e46fe0e53d66079d7386e1bfcb9ba1c5f24f07ee46
stimuli/style-transfer-preprocessed-512/bear/bear9-dog1.png 114027 5dd848b84fecb388259064ea23a6d719473759c390742976fe69b909028b0bb3
stimuli/style-transfer-preprocessed-512/bear/bear9-keyboard3.png 77668 998fa554e1cf302c245f0d2ec31ec74d96357ecd32592a0aee697e980552b84f
stimuli/style-transfer-preprocessed-512/bear/bear9-knife2.png 100467 8a15b6688499e7c11658016f7749385685f113f6be1089b4f98b1c82ae925e9a
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-airplane2.png 105062 1254583f029353c6006aade6efb013cf539a6186faa22330974afbf2c0e30991
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-bear1.png 120231 509d39918f4b505d64a9254e95e5c621568e94db7fcf12ff7b45665a967f32a3
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-bicycle3.png 124730 832c111b5b43d4bbdfd610e9809b4edcd4b08e924b59eaade1ef3328c160c67a
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-bird1.png 92904 980c0ee9d2243d794da0ecef6f02d2916be34109b8eb7a22a77bf823346d4b08
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-boat3.png 116379 34270b552d38918f592e21b80cdf86869bc4a8c891b2251a8104f7f71b73e4cd
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-bottle3.png 118747 3ce8bd67b64af712690cffffa1991cac3d72e314d3c93c1bf3e2db4f33b628ff
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-chair1.png 98885 184069cb66f43226181a840201658b1c12e7fca892e91b404440aead98a534e9
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-clock3.png 107137 eb458b504a13cf2f0de8882aaed680bc3c3ec1079a6c29a48d40e76c31532e0d
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-dog3.png 101281 d90e986fbb890fd2cab2290fa250a16b673b86892f4cf62cd0451e1f12c0a4e5
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-elephant2.png 109677 0f07da878ef78d5750cb979c8d40e9be17e5a0e704669d3fee6a18601d807a91
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-knife3.png 87612 d92a32a4c3eba46f0e995fd628c03cb9a132daba9de3b014390e553397b65621
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-oven1.png 87679 62a8151b25de59e063e3119843cba2f0da59e4deda304e1c1e092494f9463bfe
stimuli/style-transfer-preprocessed-512/bicycle/bicycle1-truck1.png 118022 4b2e3efb11a1c6ffdb36b8c28a13fa0d6b10dd39c8bfebe9ca19cf6acfd3397f
stimuli/style-transfer-preprocessed-512/bicycle/bicycle10-airplane2.png 109611 51d145288d83c5caa7bd4658cbbd434c245784436f0cfd26776cc913533133e7
stimuli/style-transfer-preprocessed-512/bicycle/bicycle10-boat3.png 118513 85c49d3f69653afc394e6fa680ae82dcbf1a3ffcf9d22e009167fca24da666a0
stimuli/style-transfer-preprocessed-512/bicycle/bicycle10-clock2.png 112644 9b9a8fd0381a695bf351254176ccc8e9f1415b9c80f59e067db9c8724808b3fe
stimuli/style-transfer-preprocessed-512/bicycle/bicycle10-dog3.png 104879 213028fc79328fc127700edace3c6ed792970b66814195b4f16e8001c2b4c295
stimuli/style-transfer-preprocessed-512/bicycle/bicycle10-elephant2.png 111375 4166d60ccdd490f70e6d1c1cd158e466d583d95c2af6588e722f7eb2f1d97e30
stimuli/style-transfer-preprocessed-512/bicycle/bicycle2-bicycle1.png 130567 0637a16108659bbb7a1b9eb227dd8022ea07df406833e682be8cc2c7df0934cb
stimuli/style-transfer-preprocessed-512/bicycle/bicycle2-bird3.png 90084 f0c53ff995485d7871426328ed6f41ae1ec783d315c729248b2e520b07ba6db5
stimuli/style-transfer-preprocessed-512/bicycle/bicycle2-bottle1.png 121212 6f9fa1cbba44ea397e2732f86065256ba0e5e5f491e226d2510b1adaf323edc1
stimuli/style-transfer-preprocessed-512/bicycle/bicycle2-car2.png 108895 b77de4f85e87e7fd3d340f52771701653bd986dfacc6dac5ad42b65e31264edb
stimuli/style-transfer-preprocessed-512/bicycle/bicycle2-dog1.png 114775 049da6dfb640e855b04aa274a7889172b4db4ed2e1d774bed9d51ce8242f71c6
stimuli/style-transfer-preprocessed-512/bicycle/bicycle2-keyboard2.png 95267 760dd16ae895087eea680147c64c3e8bdd6c18a04dcab1754ed4c05418548714
stimuli/style-transfer-preprocessed-512/bicycle/bicycle2-knife2.png 98199 abad741f822a338c94be45acbdcf31ddd3fe3924a668435cf3369c771105cbc6
stimuli/style-transfer-preprocessed-512/bicycle/bicycle3-bird1.png 93743 038398a6a249e1db0e4b804bf03bf97c8101bc3a29b9ee5208a5b009634b8a15
stimuli/style-transfer-preprocessed-512/bicycle/bicycle3-elephant2.png 110063 b43d92cd731942db99917d1b897d771deb3f62c5a614fe76eb6f3b1df0907a01
stimuli/style-transfer-preprocessed-512/bicycle/bicycle3-keyboard1.png 104768 6e8e440483ce5e88063b9fc18d7fae5007c523bb1dbd90be0efc04d71562fb58
stimuli/style-transfer-preprocessed-512/bicycle/bicycle3-oven3.png 91220 69edda63694dff974c0075df93da29d0485fecd0c054b86c949cc2b45fc76d49
stimuli/style-transfer-preprocessed-512/bicycle/bicycle3-truck3.png 113810 cd031a3d6b656f998039d001296d5f3f73c589b5e4dcd8e9d0d03bc12213aa8d
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-airplane1.png 94506 11797a75af9db35084d214740cda500ff161e98d68d92c1b51358826fa224d4d
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-bicycle3.png 124674 9bedac99f5d8a8bf70af22ac6e083d944fc8946cb43b0a654c73c12ac2bcfdba
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-boat1.png 111231 bf6bfa604f63c6140523c8310049e42d797c41da85ddc5b64240af452d5350d5
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-bottle1.png 121582 e58587cc924bc69bb13fae77e312c0f62043fbe841a81466f85d75e5ac0072a1
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-car2.png 109501 cfd3a80e1e5f62e96290056de29059a034acf774795d6a85f1b471a5cc0f8026
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-cat1.png 106669 416cd99ade3467bf5d231dd1a0dd13ebca4e44513c4beda884ec835d2a3b5e49
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-chair2.png 106085 27626fbb0be818127f3fb7de7cf36fd91204ae2e726c33a4c4eee2ad7a4e543f
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-clock3.png 106785 4c26b3907adaaade9dc70e5a1614a94a6660b58691614db5f7d348a5e7f4c8ce
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-keyboard3.png 84341 4757fb3ee0e99d96a197b8050e007605e6f1e7f27b5e787711e1519908a560b8
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-knife3.png 88807 7c2d46e66d0ba3f094aacef20c81f3814b4c60c723aa83e21a8dff25f601d5aa
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-oven3.png 90478 b5bb371d442f3367be711093407399fb8dd3f43d24e7cdf8b553ff0024058136
stimuli/style-transfer-preprocessed-512/bicycle/bicycle4-truck3.png 111140 f9bd92796b6351367532b5589dd17918e4e96314a176ef92750d0ed41c2fe2bb
stimuli/style-transfer-preprocessed-512/bicycle/bicycle5-bear1.png 116097 2dd1eed81b6c972da9651ac0ddb337c3f90aba384248413c0351bf2e024d37c1
stimuli/style-transfer-preprocessed-512/bicycle/bicycle5-bottle3.png 119498 aa692bf6a245d505a4b012b2e2d70b2aefa796d642823ce14005233154f9cc23
stimuli/style-transfer-preprocessed-512/bicycle/bicycle5-car3.png 122356 4eb90e6d1a1a354c8e893fd2388a3f35915f0a244ed92b098911bef31b5314a1
stimuli/style-transfer-preprocessed-512/bicycle/bicycle5-cat1.png 107530 94aa4c700d03c2fd9b878458c31bdf7e2d5eec1d49d9827825c86731ec6c6e78
stimuli/style-transfer-preprocessed-512/bicycle/bicycle5-chair2.png 106929 cf28eaba82fecd7928e28bf734313901b26c212c2d0449a524973a19785bfb8d
stimuli/style-transfer-preprocessed-512/bicycle/bicycle5-dog2.png 101633 cb04bbb7a5de96a2176c4d2a5f77a1526bc52b095c067750c7fc256fec68d558
stimuli/style-transfer-preprocessed-512/bicycle/bicycle5-elephant1.png 110802 541db3ef239a5e9f9edebeb1db97a37cd10f68eece21828435246ea74a04b114
stimuli/style-transfer-preprocessed-512/bicycle/bicycle5-keyboard3.png 85308 3f2f27bf075ff193dd8eabbbbcd0834ab0b32e2f99384e5c2c6775bedf3540c9
stimuli/style-transfer-preprocessed-512/bicycle/bicycle5-oven3.png 92154 da088c61ae7e22f05ec1ccbcc86bc0e0f1046bd179b26f356fe846fb86c5313b
stimuli/style-transfer-preprocessed-512/bicycle/bicycle6-airplane2.png 109734 87dc1b80f474cb47b6fe84a814fa25e881d9aea3793c82bf57563cc4a60d4e38
stimuli/style-transfer-preprocessed-512/bicycle/bicycle6-bicycle3.png 122699 e7b20b0cb03915a574af5ab645f18f6a5df4561fd3167883d01473557263868d
stimuli/style-transfer-preprocessed-512/bicycle/bicycle6-boat2.png 116366 7ab1ebe3679115438cc3b1746599d6980c6cc8ff58a2fd84ead5ef69cc3d5b73
stimuli/style-transfer-preprocessed-512/bicycle/bicycle6-car2.png 111077 bfa11d78d2ab2b0938775a9c6a80d4276bfab1a542c630ac80c71f2b5c28e03b
stimuli/style-transfer-preprocessed-512/bicycle/bicycle6-cat1.png 107232 87249d917e9ab25839285cf99d244e3d6dc54f32d2794b58376bf0b814151ea6
stimuli/style-transfer-preprocessed-512/bicycle/bicycle6-dog2.png 101193 afd3a7d701daa917f58cf1c43301c5e1c8692cfbda3e0752f7d8335fbd4d91d4
stimuli/style-transfer-preprocessed-512/bicycle/bicycle7-bear2.png 109730 fdb6307bb7123162871619dc5b4ad60590d4bdd01f2b50e7330a5f4cbba97348
stimuli/style-transfer-preprocessed-512/bicycle/bicycle7-bicycle2.png 124485 4ade41ba02c774773a8e77cc0e8ef202e15fc883189b433ad2c946c7406f2bc4
stimuli/style-transfer-preprocessed-512/bicycle/bicycle7-cat1.png 107882 4e63f380d34c2ce8fcfbade7f399e55d17df9325a37ee1c25f716a2267b812b7
stimuli/style-transfer-preprocessed-512/bicycle/bicycle7-clock3.png 109472 a73859e25febb8deb6bbdb2573de71b04f199e07674a0ec256c8f75716750285
stimuli/style-transfer-preprocessed-512/bicycle/bicycle7-elephant2.png 109883 c335131b8fa70859dc1a3a675c9a72e9d68082262dd0a2135721f10a43b1e79c
stimuli/style-transfer-preprocessed-512/bicycle/bicycle7-knife2.png 104950 77b41c30480f4286e4a9c5581b38f0aab276b88aa81d55852b260a2a689fffd5
stimuli/style-transfer-preprocessed-512/bicycle/bicycle7-oven1.png 92610 54968412dc3e6721c9c45fdcf68bbaf40d14be7eead310bc9c14aadae4caf114
stimuli/style-transfer-preprocessed-512/bicycle/bicycle7-truck3.png 118888 d63a17d7a446cfbc5fd50885ec72271a8aa6b0cd7df4e11ec1e30879f9010317
stimuli/style-transfer-preprocessed-512/bicycle/bicycle8-bear2.png 110093 8db0fd97df0e0c7343b875f8e8b60906c7ad75e7959bf87477ba62bba2af2c30
stimuli/style-transfer-preprocessed-512/bicycle/bicycle8-bird2.png 107519 b9f67f6a60941132a441ac03c7297e0f9710cec981c26856222dd099869646aa
stimuli/style-transfer-preprocessed-512/bicycle/bicycle8-boat1.png 111205 80d87eb1c07f55ab95f8aea057050789c366eaa69b1b6022ba9b881190f7722c
stimuli/style-transfer-preprocessed-512/bicycle/bicycle8-chair2.png 107400 8ab713e79cdb29cd4467ff6910fde9816d08cb04ab3375519aac3e3533686056
stimuli/style-transfer-preprocessed-512/bicycle/bicycle8-clock3.png 107845 a702f10d73b14cc536318a9375cfcec658172b75fa514308727940bc16b7a6b1
stimuli/style-transfer-preprocessed-512/bicycle/bicycle8-truck1.png 119799 267cd67eb6bcf77b7a505caae1b4920482241e9c8fe6f29c7946e93a00358fd8
stimuli/style-transfer-preprocessed-512/bicycle/bicycle9-airplane2.png 108960 0eed03a05c1c47debedc87193dec69b5feb37d825c169ffa490ed023787b7476
stimuli/style-transfer-preprocessed-512/bicycle/bicycle9-bear1.png 119650 36dab25ad46252e4019f4905d6945d2241b907cda351e3a001a46b3980399858
stimuli/style-transfer-preprocessed-512/bicycle/bicycle9-bird3.png 93504 2d32e454835f98c8b851da67e40197c1ef9bd3bc14371c2db16d2a92d71f8e16
stimuli/style-transfer-preprocessed-512/bicycle/bicycle9-bottle1.png 121018 06ed3ebbd497ea7132697033fd227efd50ffd88ae08ce3cb65a72fdb46671b24
stimuli/style-transfer-preprocessed-512/bicycle/bicycle9-car1.png 114059 0e5d96497b98d6ea0233ac620adfdc2c86f6d892912c4080ddd219aff44e7db7
stimuli/style-transfer-preprocessed-512/bicycle/bicycle9-cat3.png 98573 7cd096c37a6249c535980399cc8a188de1069ce29bc5bb33953bfa5d16f76e43
stimuli/style-transfer-preprocessed-512/bicycle/bicycle9-chair1.png 100192 a02f0b0134fa563855ba09ab3cec548d2bca9ba6b4747d6cabdf29ac4abba58e
stimuli/style-transfer-preprocessed-512/bicycle/bicycle9-keyboard3.png 84547 a366cf4fc9eb4ca0b7fc01c8b31e34fc07c8486f1b7d7bf244424fbe260a0074
stimuli/style-transfer-preprocessed-512/bicycle/bicycle9-knife3.png 89769 9db1eb7c825a1b2c3c0009939e9714dbffe85084548f99273dd3fbfb90d225a9
stimuli/style-transfer-preprocessed-512/bird/bird1-airplane2.png 110798 a2c37efe3297b955fdfe85c7871bb73774f6bf6ca55cbe2238785a42cd9ca170
stimuli/style-transfer-preprocessed-512/bird/bird1-bear1.png 117311 10cbe3bf5eb17aa8f008dca1fbbd42dab7b91a5a492cb305b5382479658025ba
stimuli/style-transfer-preprocessed-512/bird/bird1-bicycle2.png 123750 5b8747f8239b536840698339887d0e80fb8a597f5f140a49e6b7012db8d5ddad
stimuli/style-transfer-preprocessed-512/bird/bird1-boat1.png 111631 14abe3c54c5c126a92e3a86abd80d4c23084d4d17e74f1a2177b8a34869d2bac
stimuli/style-transfer-preprocessed-512/bird/bird1-chair2.png 106944 02bde7bcee888c8fb2f0978e129083b4ad862b2374a6c59687d27c27ec243867
stimuli/style-transfer-preprocessed-512/bird/bird1-clock3.png 108963 42f5a81ac4aff32ae17f54e9a9149c0278646b497b3526f70c7c6bb7eff220f1
stimuli/style-transfer-preprocessed-512/bird/bird1-elephant2.png 110195 828f5cc3643e8f90ab61a7a7a8d3d4cffbc0e86a2d888fefebf125d6bd4f6c8a
stimuli/style-transfer-preprocessed-512/bird/bird1-keyboard3.png 84875 c6d852e0cbafb6d312e2ad7f7b3d3bce413ed43e0e4cf6c85d565f33a8697df1
stimuli/style-transfer-preprocessed-512/bird/bird1-knife3.png 90861 b4246d17954bf6f16ea458897b21dd3f81f6f713d289d521df2f11fb64ffe477
stimuli/style-transfer-preprocessed-512/bird/bird1-oven1.png 89948 29d9a6fc2f6800a8f7c91814f11ff5778dd1229028b73a2c15d33a98940dc13a
stimuli/style-transfer-preprocessed-512/bird/bird1-truck1.png 117126 23606a3ab486162269fc6ff79dcd2b585f8f016ecf74512bbc063a74c71d56ef
stimuli/style-transfer-preprocessed-512/bird/bird10-bear2.png 109801 b33ef6831794f9fb79e100777ec5056f7e20a673765ce11efdb7c80eec0ee486
stimuli/style-transfer-preprocessed-512/bird/bird10-bicycle1.png 130918 b1125e1b88222fe17445305d7ebdcca710635fda42e5286b62d8333ab82d6d7d
stimuli/style-transfer-preprocessed-512/bird/bird10-bird2.png 107751 3e7d5ae33b91910f04d04f540641f9a0a0f7f25552e0d48ffa0bcea40b8b7f25
stimuli/style-transfer-preprocessed-512/bird/bird10-cat1.png 105885 822fcd46e88c2e0e833330b8b1a35d43f42e3e0b54d9c5e5cac19678bc6d836c
stimuli/style-transfer-preprocessed-512/bird/bird10-chair1.png 99595 5ac1f4f4302e5271cb7dded0295968a7f806f53165e91fb077c80e368e30421b
stimuli/style-transfer-preprocessed-512/bird/bird10-clock1.png 115483 35c4a0c8632be1d999b6780d7eae1264704f058db2859eee84c601a7f780fcc4
stimuli/style-transfer-preprocessed-512/bird/bird10-elephant2.png 110680 6672969461c1778e7d4d7e02c6bcc123ffb27b1b6b4abefadef8a2c359914e17
stimuli/style-transfer-preprocessed-512/bird/bird2-airplane3.png 96640 a4b00185cdf0e3d207f75a71158c687c81f2782dd3e90c6f58699fac70bfdf53
stimuli/style-transfer-preprocessed-512/bird/bird2-bird2.png 107848 fe46b8d9b97ee4f1615e05fa4cc09fb7bb028bcbbcd60227d07158a38e07cd6b
stimuli/style-transfer-preprocessed-512/bird/bird2-car3.png 121283 46b61424cf317835ca5021f59acaa93c4242ef55ddb41a98cef840212554dc2c
stimuli/style-transfer-preprocessed-512/bird/bird2-clock3.png 108420 90c0a01c07b9edce0f9707fdf7fbfc7920966ee626331e2370610e7e545c891d
stimuli/style-transfer-preprocessed-512/bird/bird2-dog2.png 98697 ff8e06755cd76f3e81fa4d09876de2a896183c89d89e187d8dc4b9d67ea11216
stimuli/style-transfer-preprocessed-512/bird/bird2-knife1.png 109237 a6ee35a9421c484da6b7129535b529e772660ced52c0e6ceb14d31c1c41b69dc
stimuli/style-transfer-preprocessed-512/bird/bird3-bear3.png 113097 5f2fe82dcb57b4e0abb17535e631db65816ce2038268ceb709d4dff11d90f679
stimuli/style-transfer-preprocessed-512/bird/bird3-bird2.png 106486 034a7f25f251002097528aa2e482d6a4318ae6800f8c43bb6d3de3cc0b6d3ce2
stimuli/style-transfer-preprocessed-512/bird/bird3-boat3.png 115845 ee26e7f71366f7983d1e59884cce8598fefaf5baa2f66d475986506004070d52
stimuli/style-transfer-preprocessed-512/bird/bird3-bottle2.png 105674 0f8c0b921dcc57a633796b751602f8c8cc189002468792591f6d9d5276cdb0aa
stimuli/style-transfer-preprocessed-512/bird/bird3-cat1.png 105081 e32eb037115d7b1eb408e705596bf3c2db5bbcf5e1fc3e376eef495b25c8c85f
stimuli/style-transfer-preprocessed-512/bird/bird3-dog1.png 113318 5ec1912dd0254a84e0fac5bde08e901e280b8374e321071f6626ba3d02a0ef33
stimuli/style-transfer-preprocessed-512/bird/bird3-knife3.png 84584 7baeee73a7b72fd77371ddcb3acb07d7b4baab884e6f9d0b03b1b5d38668b243
stimuli/style-transfer-preprocessed-512/bird/bird3-oven1.png 86623 05fd0d8772ae5bd323a53bcf9f32641a1c2bd86de0b5d7b1366e24816c23019b
stimuli/style-transfer-preprocessed-512/bird/bird3-truck3.png 106030 3942a8ef65ae18a33261b1604ae0ee60719d8f1f688d22edc9a528436bc133f0
stimuli/style-transfer-preprocessed-512/bird/bird4-airplane1.png 95764 99cb6afbb639bd42033170cf36d9491035384c48c203cdd4683d35872ba6954f
stimuli/style-transfer-preprocessed-512/bird/bird4-bicycle2.png 123904 55c7f1465f6ef9bd6d04a0ff099bece04ad0e7426a1aceb9b4b7a06ae51b57e0
stimuli/style-transfer-preprocessed-512/bird/bird4-cat3.png 92297 6658bf77fe6dbaf033f2979191bb07efe3215a07b7cb7da34a73366ec369b8da
stimuli/style-transfer-preprocessed-512/bird/bird4-clock1.png 115308 e53438f123e8a53ff16029190070c61be1595fbea1a5efcc194f959dc3f77c70
stimuli/style-transfer-preprocessed-512/bird/bird4-dog3.png 101537 38fab1681e5758a4f901a7d763e90ce7b7e182daac45fe5777646e01fe9c1ea0
stimuli/style-transfer-preprocessed-512/bird/bird5-airplane3.png 96325 91e765c14838c289876718d11ab4d9a5f6f5956888b5267ea8c3c5ea2746b2ae
stimuli/style-transfer-preprocessed-512/bird/bird5-bear3.png 112415 6f98f99e85070ea0f8a5e289fb50c795b1c69ae4229defbb2e859b67bf322068
stimuli/style-transfer-preprocessed-512/bird/bird5-bicycle1.png 130808 df96e4db80c0ef654fc1ed779b79da206d2242d3d7e5863fdc08bcfbd401a623
stimuli/style-transfer-preprocessed-512/bird/bird5-bird1.png 91927 37777079421234e58fc04cb532d212f61c9320dec2c3f15fcbdb107ecf3b2a1f
stimuli/style-transfer-preprocessed-512/bird/bird5-car2.png 109426 af12085c93cb91e467dce731e5dda214b1a66e07e48918a4517a24c6ea12cf6f
stimuli/style-transfer-preprocessed-512/bird/bird5-cat2.png 110602 0418416738fdcee2ce80ab31847e2f79e680d3544a933da2cdf74432db52746c
stimuli/style-transfer-preprocessed-512/bird/bird5-chair1.png 97589 f447be32619df7e38992686db06b1372816812192dbe8a89da8cf00c1aa9488d
stimuli/style-transfer-preprocessed-512/bird/bird5-dog2.png 99997 7af481823c8a66fcc100c35d07bfbafe9e3f38e276724551896299ace3780e91
stimuli/style-transfer-preprocessed-512/bird/bird5-keyboard2.png 91832 9c4bde33d3554d76ff7177365689a2998a21c83bf16bf8f78826628c1d8ac1bf
stimuli/style-transfer-preprocessed-512/bird/bird5-oven3.png 90115 d3fa61664487ab5a60b8b9efd2923efbbc831ba783b207aebcfb6bf90e47e681
stimuli/style-transfer-preprocessed-512/bird/bird5-truck2.png 110916 873bb5393f42d71fe45c061357c652169ed4a87b60c27af5b5fb7b12d4636467
stimuli/style-transfer-preprocessed-512/bird/bird6-airplane2.png 103786 a74688448676094141a26ab84b05d85ae9c24d5b8ab5784f812c8d40688addd3
stimuli/style-transfer-preprocessed-512/bird/bird6-boat2.png 116403 ead4c312b0bdaabcc82d59f256fa3bd44cc1fc6622dd1bf6eea03dcbaf358a2b
stimuli/style-transfer-preprocessed-512/bird/bird6-bottle3.png 118500 3610008fc70d50383a2cf2496f3bdb744417e9e74cfaa616de516dd559ef8590
stimuli/style-transfer-preprocessed-512/bird/bird6-car3.png 119952 ada882b52671bbd3245be513a248c46aa0571644c8c10483c8a92dd4c94e75a5
stimuli/style-transfer-preprocessed-512/bird/bird6-elephant2.png 111232 58030efbbe825fb9d6fb62938f4a06d0d88eae2056c17227d4ae25c8632eb959
stimuli/style-transfer-preprocessed-512/bird/bird6-oven1.png 88282 a916ed17a2c299a5dc3dcd37b5f6bc6f7fe8de8c63e212996c25caf74f263408
stimuli/style-transfer-preprocessed-512/bird/bird6-truck2.png 108387 8a3527b6546be3cb20b20b275f9d7c2c1d3e6ea0b37a5c6cc9858d5fdd700ff9
stimuli/style-transfer-preprocessed-512/bird/bird7-bird2.png 106977 0b3b0254aba432024856fee38989fefb523240312df8170d555d62ac13685744
stimuli/style-transfer-preprocessed-512/bird/bird7-boat1.png 108844 a3e1ee75d6699b976fc55d66da2ed49fb4efe678e8a88a463b1baa01c78d27be
stimuli/style-transfer-preprocessed-512/bird/bird7-bottle1.png 120125 5e207d9c9ccadeafb07137c9b878508c154031bc4f42c372653f6bcafdf1804a
stimuli/style-transfer-preprocessed-512/bird/bird7-car2.png 110839 3c04a234ec329e203566f250aa6fc7f293f225ff22a7deff853f10541e0568a2
stimuli/style-transfer-preprocessed-512/bird/bird7-cat3.png 98410 22dd04446a2a082c8a7d0404a984e06f17d7245c87c0cd3e46afc1241af1f4df
stimuli/style-transfer-preprocessed-512/bird/bird7-keyboard3.png 87289 1191e612563ec584185c93881997b2b34a1a2c92a8461ab5986c2d85f072cf6a
stimuli/style-transfer-preprocessed-512/bird/bird7-knife2.png 102268 2c23ae67cf9dd9587f9302e1c9ce781aecc1828b3251955273e3d3b0051aea16
stimuli/style-transfer-preprocessed-512/bird/bird7-oven3.png 91473 a1b62f2d97acaa674d7ca92fc5cd21896ff1416eb0c23e9cb805f23c54eade35
stimuli/style-transfer-preprocessed-512/bird/bird7-truck2.png 113959 122673b2f44adec888897049219f6aab0a2c1cf5822bfde496c62bb2027de9e3
stimuli/style-transfer-preprocessed-512/bird/bird8-boat3.png 114417 98a0919fcec63684e431e7d1dc1a3bcd28d9eb3ea67ab9a2bc42a1ff243f941b
stimuli/style-transfer-preprocessed-512/bird/bird8-bottle1.png 120790 4d126a21fa06ab886cf6099e2d74bbfedb6db46ad82e50f314ad92310a60c808
stimuli/style-transfer-preprocessed-512/bird/bird8-car2.png 109876 2fbdec01dedb93a917244243dc1e4c4d7f389a15889b1b1ca120c15ba3f2cd06
stimuli/style-transfer-preprocessed-512/bird/bird8-chair1.png 95778 19d7aafa57aac2b5837a901a297c2090115662a0d100f50368093be75118f686
stimuli/style-transfer-preprocessed-512/bird/bird8-clock1.png 115004 efac21ce76c770c921eb3bd382697ae99dcdd5e222a105426231247983b7c2dd
stimuli/style-transfer-preprocessed-512/bird/bird8-elephant1.png 111113 5fcd6f4e83872ced1beb0da92c236a1dac86aafc6a6ead2d8e54364684bffe6b
stimuli/style-transfer-preprocessed-512/bird/bird8-keyboard2.png 92011 f99611f2c85d4954719437ba9e6bac3db695af680e1ebe9aa9ba5f69f5a662eb
stimuli/style-transfer-preprocessed-512/bird/bird8-knife2.png 99398 c43f1288b0c195f7df8ae188da8766b3ea7a670fa59f751ab80c0f9091388c0e
stimuli/style-transfer-preprocessed-512/bird/bird9-bear3.png 112496 a59b183bbe0163c5bb6e5c374c9b62143b3cbfd44cf831edc180582540443f84
stimuli/style-transfer-preprocessed-512/bird/bird9-bicycle3.png 124463 cd74ac25b1fd2c0d973d9116b2480ee8338978828c3d7fb5eff2a8e9398e6e90
stimuli/style-transfer-preprocessed-512/bird/bird9-bottle3.png 118063 02f23dc20ace527212923ce11f059cc44025c350ba4f88b2cf46889ec12ab64f
stimuli/style-transfer-preprocessed-512/bird/bird9-chair1.png 96930 8abeeac79a92bcc5c5a66e972448f68e1f7e436043abb99f9f24a5788ab50f1f
stimuli/style-transfer-preprocessed-512/bird/bird9-dog2.png 99311 ac6206a808322d3c4eb734b18535646b9a621f479037554d50d024dd5a08e46b
stimuli/style-transfer-preprocessed-512/bird/bird9-elephant2.png 110417 11e726da3aa5c6f6adefeccaa3b27033c07948249798cd5508af79be2cde8c99
stimuli/style-transfer-preprocessed-512/bird/bird9-keyboard1.png 102657 23949049a0188c6b95fea5ceca71e19d7c74209a850a65da8e85e034431b7b08
stimuli/style-transfer-preprocessed-512/boat/boat1-bear1.png 119363 373f199b482fc064362283d082ebdf0ebc384d0f94fd684494e52e9573fe2bd3
stimuli/style-transfer-preprocessed-512/boat/boat1-bicycle2.png 124670 8ec1c4876f4fda0cfbea17830bdc1e4b042d27fd3ec3435e67b3dc011db09903
stimuli/style-transfer-preprocessed-512/boat/boat1-bird3.png 95664 6deb7b948892de69dea7b0585a1908dd1f860d45cc040572746a019c908af423
stimuli/style-transfer-preprocessed-512/boat/boat1-car2.png 111607 a44e2c8a97bbe5319ba514bd6fdfc26c2f6d29a9e6e02e1c728e7866ea2e3264
stimuli/style-transfer-preprocessed-512/boat/boat1-chair3.png 102986 2613d2dd8b51888c0ac498dc0e17b609ca29650497da57d58d9dcb772c559f39
stimuli/style-transfer-preprocessed-512/boat/boat1-elephant3.png 114941 464ce25758909f43e0e0368ed505288baf22864f249b94eaae90cc089cf63d29
stimuli/style-transfer-preprocessed-512/boat/boat1-keyboard3.png 87332 6a55bbca46445458d4c7219245f8933035e08afe72e11aa0c26843da3c6c2a55
stimuli/style-transfer-preprocessed-512/boat/boat1-oven1.png 90964 0e8a28354505ca27a7195b7c6d41821f75b20605f1c98c7e6eb3d4b37e4123fa
stimuli/style-transfer-preprocessed-512/boat/boat1-truck3.png 116872 1a4878073fd29b03a8f1b2a2681404c38c9937cdf0be60f6dc52b2ae6b75dbc7
stimuli/style-transfer-preprocessed-512/boat/boat10-bear3.png 111646 10d8d8ddc91b7fc426f1fd2cf3f0dfac9055f5cce40a990597a9ecd519e7c0bb
stimuli/style-transfer-preprocessed-512/boat/boat10-boat3.png 113672 928e3064469fba8ad02bde338e95597306a3fa16215c8d541589c21c29df2148
stimuli/style-transfer-preprocessed-512/boat/boat10-cat1.png 105163 66054fc904ace31f768077153657a012725a93dc2941166397a1208613a4fbe7
stimuli/style-transfer-preprocessed-512/boat/boat10-oven1.png 85515 10c27972f3198613f3fb6b8bed5264e7210c84be8443504b27ceb6c0d38c7c3e
stimuli/style-transfer-preprocessed-512/boat/boat10-truck1.png 112497 0105a371f2c02068dec37188960cbdb94eaae02c1206d6994d81d7f688291d2d
stimuli/style-transfer-preprocessed-512/boat/boat2-airplane1.png 91376 717e658f77e6ee8b51c7b42eba104bb1c75e3de329287785abb44ec46e4b11a2
stimuli/style-transfer-preprocessed-512/boat/boat2-bear3.png 113575 ab4aab128acd1cfdfbf56bc832823e3fb23c2390659f4ce5f2fe2d43c625ee70
stimuli/style-transfer-preprocessed-512/boat/boat2-bird1.png 92093 c0b179b359f3e4ac1e8b01e9d28029451edca61d61d02c5e48c947c0f15faa0a
stimuli/style-transfer-preprocessed-512/boat/boat2-bottle2.png 107868 dffbf22475ecd376b633c4705d9a763c6d9963aed7c2dbfa24ef7b5f6fb94323
stimuli/style-transfer-preprocessed-512/boat/boat2-keyboard1.png 103266 cb9d78aa0d22d1c6836f63ed68e55d4a1955bbba0cff1b73c05580b7e53799e2
stimuli/style-transfer-preprocessed-512/boat/boat2-oven3.png 91384 5a43e0cad0bb18f21378e349f532f3082e52e5d9fab697b37666c95a8c1cc8d4
stimuli/style-transfer-preprocessed-512/boat/boat3-airplane2.png 106180 2ec4c6d76ff478876fa4b65227a9beb7924db54fb9c9b2ee58803d8714054c55
stimuli/style-transfer-preprocessed-512/boat/boat3-bicycle2.png 123618 a6c97cf9d0daaa1bf6ab474358acd278b447784307a2652235035dde8f00c013
stimuli/style-transfer-preprocessed-512/boat/boat3-car3.png 120159 2b48f19d4a8d793ed3c2f784486dab323c9c5233163933b96668fb2d1de7e5e4
stimuli/style-transfer-preprocessed-512/boat/boat3-cat3.png 97267 7e02ce3c04fa483afad3e42dea3817a7078be1c6f4bf7b0e51e88fa78a90d2aa
stimuli/style-transfer-preprocessed-512/boat/boat3-chair3.png 101155 b36a9c6f1e5cc5cee388f1f0e9aa75b0eb2044495da67c8625dbb2da8f834063
stimuli/style-transfer-preprocessed-512/boat/boat3-clock3.png 107920 56c3313eb28c764bf2d3812e83f8d252e5e3a19e5a0d1851d43e0bfbd5f84658
stimuli/style-transfer-preprocessed-512/boat/boat3-dog3.png 102493 656f7108b3dbe41d96696a348315dc20e60dbc1d2d2ec464eaf77abccb867af2
stimuli/style-transfer-preprocessed-512/boat/boat3-keyboard2.png 99147 5706578b3c913f333650b3e67173e6fe9f67bf825ac2229e4ec69c7af06b1222
stimuli/style-transfer-preprocessed-512/boat/boat4-bicycle3.png 124116 dff1fd5d62c78c48bd82ad09f0d1cde73db4346cd65291b6939a5aeb8c6900ce
stimuli/style-transfer-preprocessed-512/boat/boat4-bird1.png 93736 1f7574a449582f8482828ce0d815cadc670493ac686f4740a283671f7eeb041a
stimuli/style-transfer-preprocessed-512/boat/boat4-boat3.png 118218 7ff14e593e0e3a011790ffaec7a82eb2b9028524f930b946865108d221f7d0f9
stimuli/style-transfer-preprocessed-512/boat/boat4-bottle2.png 107965 478826dc4fb03588c0b251a0d9554b05140df06a9c28966c2b1ecace9cfc8996
stimuli/style-transfer-preprocessed-512/boat/boat4-car3.png 122032 369c122b6b7d97ee26db3ae0e9403d9081fdc56b8c62cb856af4e4f5ac8affea
stimuli/style-transfer-preprocessed-512/boat/boat4-chair2.png 105477 7241a61d39a6de76248e0e784bf07b2aba959c20ac1260e76314ff8699c772b0
stimuli/style-transfer-preprocessed-512/boat/boat4-dog2.png 100101 0cddc55fab20d6a84709bf13086053f3d653803014a67333f8138fa900718de0
stimuli/style-transfer-preprocessed-512/boat/boat4-elephant2.png 110006 9eabc37b46adbf2be9d6e56282d200c564b463ed87519cc5a026c3e6bcde7696
stimuli/style-transfer-preprocessed-512/boat/boat4-knife2.png 101079 e7693dc20c1ccb1c0872697a0e03c9f926cb2c26c135397cb10f818f7efa3b00
stimuli/style-transfer-preprocessed-512/boat/boat5-airplane1.png 94135 e59c3cce4431ba2be258491bfcb42718dc931c2b7aaed3be57c7d2bff2e19905
stimuli/style-transfer-preprocessed-512/boat/boat5-bicycle3.png 125328 55eb5e696ff0eeab7f00308abd5c2cd0fc766009f45370177fce2d4c1d1f7710
stimuli/style-transfer-preprocessed-512/boat/boat5-boat3.png 117085 32fbe48ac8865345465df62e25b051986a824ec3ac1cfbce97872cf6b641fedd
stimuli/style-transfer-preprocessed-512/boat/boat5-car3.png 121917 c2445bec99bf8b7d74c4e8e63ecf864924ba464750df961ef1e705f41dceb23b
stimuli/style-transfer-preprocessed-512/boat/boat5-clock3.png 110400 cc85ee71b89cb6edc05c19e9db361f5b8c4d458c31822d166a414fa4c8d317e0
stimuli/style-transfer-preprocessed-512/boat/boat5-knife2.png 99497 b3c9c084b26119b1bca5f4ea11bad509ca0215b490cf58beb146666a1c1b926f
stimuli/style-transfer-preprocessed-512/boat/boat6-airplane2.png 105281 1e3b8a8d89bbb3f1217e8a7b7a731f98c773c3ce36393431b0e4db02c288b490
stimuli/style-transfer-preprocessed-512/boat/boat6-bear1.png 119302 91bc6f939b1c062162159169ffca4fa74782b240a9426dbdbbdc855ec36efe05
stimuli/style-transfer-preprocessed-512/boat/boat6-bicycle2.png 123000 eb6eaa876e8f981031fccf3ebc2f514d5036f76d04aa131796df136dc75d47a0
stimuli/style-transfer-preprocessed-512/boat/boat6-bottle2.png 106313 756daaac09ce4a8d12de9d3829f8eb1e09b50ee46ad16ec0d930f70cc7d43be3
stimuli/style-transfer-preprocessed-512/boat/boat6-car1.png 113860 8b031f045dbb2ce5e3f2af3285f78d2b86a008008762c4f82de73155561636d6
stimuli/style-transfer-preprocessed-512/boat/boat6-cat1.png 106196 bd484300bdfe188e892ab90e4bd662ac1d3fd370c08d2c6b45fdc544bb241761
stimuli/style-transfer-preprocessed-512/boat/boat6-clock2.png 109827 734ba40291f950fc68a8390a76af553ca43b8e27f925667e500950993b4bbf86
stimuli/style-transfer-preprocessed-512/boat/boat6-dog1.png 114333 c7b3a174369176263311f4ce3b229ab48e1bacfef6752b7aa5a3cfe5f9bf1eb4
stimuli/style-transfer-preprocessed-512/boat/boat6-elephant2.png 110679 83423ca54487604ae4b0c80de6cb3f7c35f21dbce1806299cf68f006cfe5fd8f
stimuli/style-transfer-preprocessed-512/boat/boat6-knife2.png 100717 b0c15a6526343ffb4b2087c03be668798ff12c9285f9a408da3152c620b83294
stimuli/style-transfer-preprocessed-512/boat/boat6-truck3.png 107719 b73c14b2aee13bf851827cb1b8845a967974ce44d06aa07ae4115d8ee12c1785
stimuli/style-transfer-preprocessed-512/boat/boat7-boat2.png 116981 deb423753f7da42feaee466a7a0b6ac52b670fa2fff71aac2c06c3dbf89aa719
stimuli/style-transfer-preprocessed-512/boat/boat7-bottle1.png 120479 ad96b88ad2b9882fcf4c19d56652bd1e6fe1106b9b818d3a68e237abeef7a63e
stimuli/style-transfer-preprocessed-512/boat/boat7-cat3.png 102894 5c12504aa66338534edbaa80d3719c23e8865c932e8b325ce381feb2cdadd382
stimuli/style-transfer-preprocessed-512/boat/boat7-chair1.png 103843 6784a8f62916dd60af709776991f86b4816fbf154eb64587a9ef315c94519245
stimuli/style-transfer-preprocessed-512/boat/boat7-clock3.png 109580 0411bf96c06a945ee2605a66832b841be7df09be9ab91637a9ff2aef085a7d75
stimuli/style-transfer-preprocessed-512/boat/boat7-elephant3.png 114290 90c11c5fb8284a02d98485b749351015e30ff7185bde23080378f3af15d9df2c
stimuli/style-transfer-preprocessed-512/boat/boat7-keyboard3.png 86878 3b3b3eea185e042ac50863280b1681c98e75ec922ccc46c1225c1e9c2b25533b
stimuli/style-transfer-preprocessed-512/boat/boat7-oven3.png 93258 6c628d7bd198a1f61c7e6e0913abeb888fbe0ec5ae5678adeefe80da21bc9d79
stimuli/style-transfer-preprocessed-512/boat/boat7-truck2.png 115209 4882fa4a892d7468a495fe86b0b71b63ecaa7f8a2e6bc7ecf0b9c5442405ff0a
stimuli/style-transfer-preprocessed-512/boat/boat8-bird2.png 106793 205249e51fdd6272773cebda60ae1b5087976434ede2bc790dae6a7ec1caf376
stimuli/style-transfer-preprocessed-512/boat/boat8-bottle1.png 120509 2a840b88d313e16b6e9ce88cc3e475173e0c33b72d4768de5950f210bbbd6b2b
stimuli/style-transfer-preprocessed-512/boat/boat8-dog3.png 101210 ec80cba238955396e73f54e6146e38dd928259139e632ca42ec8e355220350b0
stimuli/style-transfer-preprocessed-512/boat/boat8-elephant1.png 111001 26fd34d1377eb145b88f2a6c4fec247f58902226792a8bdd883a38bf11c9d2b1
stimuli/style-transfer-preprocessed-512/boat/boat8-knife1.png 109837 ca0e71d15c5e8fd6dbc57b7e542304dc1e08cbfdef330a0ecbc4f6ba76eb19d3
stimuli/style-transfer-preprocessed-512/boat/boat8-oven1.png 89470 9d4abecbda3fe48cdc1a15b478c75ba3b86176ee717d916a8f4f966d3cff40c4
stimuli/style-transfer-preprocessed-512/boat/boat8-truck2.png 108990 a55874419017d351f8e62c16d4ddabcbe5350ef6a6cd790640338bac2e3f7168
stimuli/style-transfer-preprocessed-512/boat/boat9-airplane2.png 102215 4f646c8b6853ac83e6902a0978d229f00389bb9aa2039e572de727ee79b003af
stimuli/style-transfer-preprocessed-512/boat/boat9-bear3.png 112702 7528be4fabad564faca6e6e07a34bfcb5ed91f6b658ee576c728270059651dd8
stimuli/style-transfer-preprocessed-512/boat/boat9-bird1.png 91317 baa55abdcede4206f67ca062dba7291c08957a74eaf269cbaec1ee549484b10f
stimuli/style-transfer-preprocessed-512/boat/boat9-boat3.png 114175 d716b560ad0ae8732a9b3af05cc9db28e6876a0468815bdc1d6969459a969036
stimuli/style-transfer-preprocessed-512/boat/boat9-cat3.png 93210 ee79ba6bd11300ca424f5e04eb841e777dd1f739b1f2a136807cb6776feaa09d
stimuli/style-transfer-preprocessed-512/boat/boat9-chair2.png 104486 db1a847d6631c9538b087c394994a83652246e833bbb4291f7f0b5a11ba964a9
stimuli/style-transfer-preprocessed-512/boat/boat9-clock1.png 115391 4c7f82e1cdda536e238daf62bf73f19face381cc391295f2c7cbb6d32353fc6c
stimuli/style-transfer-preprocessed-512/boat/boat9-dog2.png 99756 9c719c7f35a0e9f25c3a312ba22b8fdc82c6728223b07b711894ba2c4f6682fa
stimuli/style-transfer-preprocessed-512/boat/boat9-keyboard2.png 91388 a7f9808374ed1f75fe3aa6ea63a84a5222b19933ad07506291e3480e7c466f9f
stimuli/style-transfer-preprocessed-512/boat/boat9-knife2.png 96262 c78e263f47c0ec9f5fa73054b261902a565001641f14c028e571033429df5986
stimuli/style-transfer-preprocessed-512/bottle/bottle1-bear1.png 116746 c396b0349d4417d9a0c8eeb96991888ac6a960ec6fd6951fd17d04d060035f25
stimuli/style-transfer-preprocessed-512/bottle/bottle1-bird3.png 92756 ed2e6deb08d714e8e448c472dcbd31c046d9a8db2637e4e1b62ed4b4969584e0
stimuli/style-transfer-preprocessed-512/bottle/bottle1-car1.png 115512 0afc26b5ad329b0fb698f28e6872eb2c2a3d7ad4be3275cef2c7c9670ce6b2ee
stimuli/style-transfer-preprocessed-512/bottle/bottle1-cat3.png 95312 95123133929874be6c0bd99b039c3db9c45d5ef5d254480435ac8ec74a1bb58b
stimuli/style-transfer-preprocessed-512/bottle/bottle1-chair2.png 105740 55a2ad80b21e5f8b0fe216edbafd47b5cb4ae1cc3b7c2518f17383cb3c5043f8
stimuli/style-transfer-preprocessed-512/bottle/bottle1-clock1.png 114950 8b6344905e1151aeb8c5657e2d0cb77079283ba15a258d3bbfd36936edfe6894
stimuli/style-transfer-preprocessed-512/bottle/bottle1-dog2.png 98755 f13905cb23d5f042ab2704b3d83cccf4f4d65f040c70535443be7c4170b31347
stimuli/style-transfer-preprocessed-512/bottle/bottle1-keyboard3.png 78831 095ad4450ce06c561717d53d819206bac98740e205c99737254adfe82cf0cd9c
stimuli/style-transfer-preprocessed-512/bottle/bottle10-bear2.png 110372 16a3ab44c94c92496cec7b9755f057b5a6d7a3a1995ea672755d9268780d9c09
stimuli/style-transfer-preprocessed-512/bottle/bottle10-boat3.png 113117 bf8ccfdc33af029ed89d37e87b02cd95b7a7d48e0d6c933961b4ab554f72e112
stimuli/style-transfer-preprocessed-512/bottle/bottle10-car1.png 112106 6f69186ff0c21599780bd209664ee906fd9d92c1720050d4b7ccd527b6418f8a
stimuli/style-transfer-preprocessed-512/bottle/bottle10-clock2.png 108340 88c68502cc98763306ae3559502c0684de02715b1d0d64a32350b839d9b7a4fe
stimuli/style-transfer-preprocessed-512/bottle/bottle10-dog1.png 114841 f91ddb41e96cc459bc5e14c6de1d4b945e3f9ca72602cc17e7874ab6215fe618
stimuli/style-transfer-preprocessed-512/bottle/bottle10-truck3.png 100544 9178543f8cb2b5021501424f09a7f9cbde74bd9c4a32b459d153c92bbdc568bb
stimuli/style-transfer-preprocessed-512/bottle/bottle2-bottle3.png 119173 fbbb864b65c5637363be57a4a3a0f600c6db802d326cc72ed9263a7f608fc56f
stimuli/style-transfer-preprocessed-512/bottle/bottle2-car2.png 111722 518efcf37eb1e438cda454a81c60b614d201d6690093f5b34ca443d6035f4f83
stimuli/style-transfer-preprocessed-512/bottle/bottle2-chair3.png 101638 3b956b0cbd5f0dd65dd4f6ddf4ccebb6847a6eaa6c93a26b99266444d68a74b0
stimuli/style-transfer-preprocessed-512/bottle/bottle2-clock1.png 115536 e1bbdf7888cba5d8914dcb70e3d5c076ab573ab61a0625be4bd2c9da986fc3ff
stimuli/style-transfer-preprocessed-512/bottle/bottle2-elephant1.png 111495 6ae2b8d98b8db3d15a1524dce827c5945566e18d32a9f61c45385905ce7b8185
stimuli/style-transfer-preprocessed-512/bottle/bottle2-knife3.png 87203 07bac2cde9b228404c46ff4438cfd9e72bf155487477f196ef73aa978786baaf
stimuli/style-transfer-preprocessed-512/bottle/bottle3-airplane2.png 111186 bbfac5a19a44503f15d2317869639fd56a676ae3b00b4b0fb55f3f842af9ada0
stimuli/style-transfer-preprocessed-512/bottle/bottle3-bear2.png 110489 6b3c43bc272c70b34faa379f91e050a4914b8bf47b67c534ebe159935b4d93c1
stimuli/style-transfer-preprocessed-512/bottle/bottle3-bicycle3.png 122543 da042c0cfce55699b2278e5271dcfa88fde00124655b90f7d98c69cadebdf9ea
stimuli/style-transfer-preprocessed-512/bottle/bottle3-bird1.png 91676 b7196faa9949a866d88732a693f44db21af2b9d1cddbde47df8a44dfe1b95acf
stimuli/style-transfer-preprocessed-512/bottle/bottle3-boat3.png 119166 75ec259e7a308ad18aa1ce044afb01d0b9cc09c8368d9f5468fc25aecdae2160
stimuli/style-transfer-preprocessed-512/bottle/bottle3-bottle3.png 120206 b8c99d3f2d6aa8843017891599e22f7e41bd3267e77490a9cdf2e5e6a8e45fb4
stimuli/style-transfer-preprocessed-512/bottle/bottle3-cat3.png 98571 13fed0c166bded1f406c5de112e376f40be612dba3f524130b4a1d4f252216b5
stimuli/style-transfer-preprocessed-512/bottle/bottle3-chair3.png 104334 dfdcfc31b3227c3e434bdea23b2006ad489b1815255cc15535285e28de832e41
stimuli/style-transfer-preprocessed-512/bottle/bottle3-knife3.png 88445 8ecb968b37303d307c7136df418a1be8be755ea5c34a098121a7a07da2292e71
stimuli/style-transfer-preprocessed-512/bottle/bottle4-airplane1.png 95513 43847ce76d520f2f91413bf1b961d8c77e8ebb9fc34c3bd79f1e12957c5d6618
stimuli/style-transfer-preprocessed-512/bottle/bottle4-bicycle1.png 130747 9a51f1067c339c0879154b74381a757dc03749aaf45433074dfccaf10f6a38d3
stimuli/style-transfer-preprocessed-512/bottle/bottle4-car3.png 121039 54a0d499413bfaeee145e1c22796a69a6df7dfd84943c2e02f73816b77a288dd
stimuli/style-transfer-preprocessed-512/bottle/bottle4-dog2.png 98872 c60d657ee734ef4a5f4eb09c48bc0ae93a077c9a5a5a238ba8dd9461508c794c
stimuli/style-transfer-preprocessed-512/bottle/bottle4-oven2.png 87142 19ca3e18f71dec2dfd87e28e31dfbdb032664698b0db66a158cf6fd08b6029ef
stimuli/style-transfer-preprocessed-512/bottle/bottle4-truck1.png 114693 ef8adb028ec5c14d59a4a6ff20c0b7aecd059bc8bca950805abaace00af459cd
stimuli/style-transfer-preprocessed-512/bottle/bottle5-airplane1.png 94958 5314540aabbf9350cde7406ebcb1860a989084b0e09be9687b7c69206d578ecc
stimuli/style-transfer-preprocessed-512/bottle/bottle5-bird3.png 86065 fffc04793e31d2c4ecf5a4f4884b8d927f9d7f78475f7c0cb41e4dde0d0a00fc
stimuli/style-transfer-preprocessed-512/bottle/bottle5-boat1.png 110331 7bd27590ca04f96840a0f4d9090228a93e73937d6aeb929b5b29973c901c9cfe
stimuli/style-transfer-preprocessed-512/bottle/bottle5-cat1.png 105806 b42acf535925001e0638baf666a13c00bb60860d54a2390acd3261f2f1bcdb23
stimuli/style-transfer-preprocessed-512/bottle/bottle5-chair1.png 94733 c8291a050026aeab791c2bd5235b1ece1b9b69da2ddabf3276a5c545c3ea7657
stimuli/style-transfer-preprocessed-512/bottle/bottle5-clock3.png 107188 9392c8a54cf3e61bacebfa3775293f0aa646788e6ece189c7b987ab3f87d9ab0
stimuli/style-transfer-preprocessed-512/bottle/bottle5-elephant1.png 112083 d6b849af32f0bff585903642b89823db8535d38087c3f90a13453da57eb5f2fb
stimuli/style-transfer-preprocessed-512/bottle/bottle5-keyboard2.png 90110 5e48bf443a4a742218cec35f278c25f979d66fa9af83ac7a168c4a49f006fdcc
stimuli/style-transfer-preprocessed-512/bottle/bottle5-knife1.png 107533 e2e8e2182bf464cd5ec40a90603936504a35a1f287fd83dd9b25d953f44d7d32
stimuli/style-transfer-preprocessed-512/bottle/bottle5-oven2.png 85336 42e0354310bed74d2292fa79c61697f5a24ff665e64cd9d91468a50b77e180c4
stimuli/style-transfer-preprocessed-512/bottle/bottle5-truck1.png 113089 5ce5353764ee369fa31cefe11f0ab2c69817f2a36bdc61f0b00ef466dd694f6d
stimuli/style-transfer-preprocessed-512/bottle/bottle6-airplane1.png 94462 4708525944604f7433266127ddc3bc7a1ef9d347dbc19a57bd0631cec967f541
stimuli/style-transfer-preprocessed-512/bottle/bottle6-bear2.png 110385 b17d88f3bd3460324bc5df8e578da77a6b13356e06608d212a7403aa7c40f136
stimuli/style-transfer-preprocessed-512/bottle/bottle6-bicycle3.png 124757 21ab63b88c9a98fa58add59b6755b3c651fc052cd3367e63f3e454926629b15c
stimuli/style-transfer-preprocessed-512/bottle/bottle6-bird1.png 94161 040498e503ee905ec7b7e2bbda05e02f957db49d5115f3a242282185f672bb2a
stimuli/style-transfer-preprocessed-512/bottle/bottle6-boat3.png 120778 855a0257cd166914b8d50bf615d92e0424cc26516cfd6e8046fdf1351583635a
stimuli/style-transfer-preprocessed-512/bottle/bottle6-bottle3.png 121590 3a3332c78bada5d2536dc1b49db3917dfad81ad137320abc0441e9d8a1f6a9ba
stimuli/style-transfer-preprocessed-512/bottle/bottle6-chair2.png 107314 da5ec017876cfd1838654a2db2aa0908ef9ca70fc6e2acd681335aa01deab3ed
stimuli/style-transfer-preprocessed-512/bottle/bottle6-dog3.png 104138 720c08d7029fbc9e57b990204b2f40c26c3a7b451555a00da1a82465bc003dd2
stimuli/style-transfer-preprocessed-512/bottle/bottle6-knife3.png 91986 5e5f60b19d6cd2c7f466ee63f4350e64ec43a51341137311eb886fbd6e0a4d43
stimuli/style-transfer-preprocessed-512/bottle/bottle6-oven3.png 93486 6d09e9ba233228a210ec68330b271b4acecfd5b715b929af960401fe65a79895
stimuli/style-transfer-preprocessed-512/bottle/bottle7-airplane3.png 102161 3a9080993d0e1e9507a69516551c35400c4cd18b7f960a134125dd22a51baf84
stimuli/style-transfer-preprocessed-512/bottle/bottle7-bear1.png 117717 0fdb9cfbaf7d3b129bdacc7d2ec3ccd8db328500a571f3ddf0d798d4f6841441
stimuli/style-transfer-preprocessed-512/bottle/bottle7-boat3.png 119294 ba77f7438a3852f9506b4074f084957b284063f535f6c82ed6c7fb7604ae3fe0
stimuli/style-transfer-preprocessed-512/bottle/bottle7-cat2.png 110331 987d831e3ebf9dcdd1a5638e88222914547c78fec5f7c08710115b044abd45ac
stimuli/style-transfer-preprocessed-512/bottle/bottle7-clock1.png 117808 1635ad538debe6ff80ecfcc5bcdddc9fccaddc8d5c611c8590a36694aed51e19
stimuli/style-transfer-preprocessed-512/bottle/bottle7-elephant2.png 111195 b64cc1a9cdaa2e31b90c029ab6ba726c4a7d9e9664717f802cb352388f18240a
stimuli/style-transfer-preprocessed-512/bottle/bottle7-keyboard2.png 98404 fdd87db66e7949c68d9226424a5b072afbfc088bf341d21c94c433548674a85d
stimuli/style-transfer-preprocessed-512/bottle/bottle7-oven2.png 91338 1c7f15358dcbe6f82bb8a0391d8e703e40c0ba74bb4ed1fe2122ad8c3911a8b3
stimuli/style-transfer-preprocessed-512/bottle/bottle7-truck2.png 113749 c4cd95138bcf3f472e771907447735b6643f40b620f6a68e5c730cee245d3056
stimuli/style-transfer-preprocessed-512/bottle/bottle8-bicycle1.png 129733 34461aafde08482265838304de4384621674f81fceba075b7fd32d0899f05c46
stimuli/style-transfer-preprocessed-512/bottle/bottle8-bird1.png 92328 f3cd2896c0e6c477e9e101ee879b6afce181d8251d172a009de44c9fdcce883e
stimuli/style-transfer-preprocessed-512/bottle/bottle8-bottle3.png 118058 587301dba3210bddd1bb83a544714a668002a9e30006125ef568d3b7ee5e004e
stimuli/style-transfer-preprocessed-512/bottle/bottle8-dog2.png 98873 dae99c14a5cc74f7b7a50c7a4399c1ccd08ad155621e41310c9c9a49d460f4a5
stimuli/style-transfer-preprocessed-512/bottle/bottle8-elephant3.png 115265 397ac3abf3e000ec1ca0ae83e2640057e631df3ced13e7c4c6a7d3a1ae9b9710
stimuli/style-transfer-preprocessed-512/bottle/bottle8-keyboard3.png 76253 4d282dbbe862b9f0a56c9fc4446370e245b301d9d7ed58ba2614fad4fd83a4c0
stimuli/style-transfer-preprocessed-512/bottle/bottle8-knife1.png 109637 a071be53f69561e7367890ea3e3501da051de962fc53ae0edba634c6b7e0d1d3
stimuli/style-transfer-preprocessed-512/bottle/bottle9-bicycle1.png 130636 d4d9bb6924310df8082599ed5e7717c26618ee83e2cd5846ede53da3bdd688e0
stimuli/style-transfer-preprocessed-512/bottle/bottle9-bottle1.png 120505 3582e4b1dbf309ec08c30a290fd14bfa4b0a8078254a986cc35862575c4445b4
stimuli/style-transfer-preprocessed-512/bottle/bottle9-car3.png 121515 3ece5fec07c9e6ab35ea482755951666ed52622b19c7696285ca71eccc525b31
stimuli/style-transfer-preprocessed-512/bottle/bottle9-cat2.png 110047 0be5d42f3eaf8d676f5e39eb1e385e68743d1d467512f07b7a4ccdab6300fc5e
stimuli/style-transfer-preprocessed-512/bottle/bottle9-elephant2.png 109951 73bc0c3b7d0af76bec3a05ec5f1b89aeb075909d86252296ac378dbdd8671af0
stimuli/style-transfer-preprocessed-512/bottle/bottle9-keyboard1.png 102694 dbee175056fc5da50a1dcc983b4dedf9fd2936679746077b7fde9d764fc4a164
stimuli/style-transfer-preprocessed-512/bottle/bottle9-oven2.png 86760 0b91aac6f1428fb9ab12a39b788dc867b3a0fbd6c14d167e6c667e652a6524a5
stimuli/style-transfer-preprocessed-512/bottle/bottle9-truck1.png 113421 d4a8b91a6021cbe9b8b3ea0197f350fc8c3640302b3f93023ed1d9e5a85af2d3
stimuli/style-transfer-preprocessed-512/car/car1-airplane1.png 94947 86121a480345fdc2d95b78933cc170734c6548b0091d8ba72eea2c7a86d87eca
stimuli/style-transfer-preprocessed-512/car/car1-car2.png 108485 a0d2c15a5180dafa69d24850fe82a8c21f7b2fab4fc97c3e8d8b9f0bdb3a963b
stimuli/style-transfer-preprocessed-512/car/car1-chair3.png 102041 66827aaf885fd5ecb6c1d23f8c2b1cf062a4ae021728acb2c7460921f71b3eea
stimuli/style-transfer-preprocessed-512/car/car1-clock2.png 110374 035182c7f52b7669b9088fd0d885be2ffc7f5054ddbc7462ccff773d64fa8be0
stimuli/style-transfer-preprocessed-512/car/car1-dog2.png 98597 ce256d8c2c780eb63064356687f46e317a9912a14009698bedb596878e513c22
stimuli/style-transfer-preprocessed-512/car/car1-keyboard2.png 94043 ea26760de110ee71d794c6a2b77bb05613fb8a333181d7a790eebc812f9da78a
stimuli/style-transfer-preprocessed-512/car/car1-oven3.png 90138 84e2eb4b864de7a64491b5efae7fce1e9ba3202c7ee16434ff699457cc03e7f8
stimuli/style-transfer-preprocessed-512/car/car10-bicycle2.png 121961 20177456b52ca90f03e2c6a4901ee40d11fd53226fcde74724f55ce9d345c230
stimuli/style-transfer-preprocessed-512/car/car10-bottle3.png 118379 2da0a1e757cdc43e15a55788fa06e90629065fea60d88b7285f67d3a214d29ba
stimuli/style-transfer-preprocessed-512/car/car10-car1.png 112362 145fdc525965e61c4666927265a05066640902575787f5102623f55381759f97
stimuli/style-transfer-preprocessed-512/car/car10-chair1.png 92576 828409041ea5585824c6d70264886784a192518d830b3fbeda4ad7854e57a725
stimuli/style-transfer-preprocessed-512/car/car10-dog1.png 112813 647548085983bb2040207976620630a649d8ed01a8afa6fe5547fae5005f3ec3
stimuli/style-transfer-preprocessed-512/car/car10-elephant2.png 108907 b9fe7fdcda3c5d5dea27423097e178bb04c9b31d1c68c917278f3a04a4396782
stimuli/style-transfer-preprocessed-512/car/car10-keyboard2.png 89376 7acdcaeafb1b30961571133fe13cda70c4f4fb51fc668fd3b2f58a377feefabc
stimuli/style-transfer-preprocessed-512/car/car2-bird3.png 92359 6867315fb6426c6f6706e399d362739205326ab31b6b5c4fcb9f9eba5c7b6335
stimuli/style-transfer-preprocessed-512/car/car2-car3.png 119873 3186fd59519dcf833955982812b8540d67cb47f70c5d1873975525e873a1645e
stimuli/style-transfer-preprocessed-512/car/car2-cat3.png 97046 d9bb1c9e6995c21241e99f74a9e59c7fcc453813d52aed0a7f64975d96ef4973
stimuli/style-transfer-preprocessed-512/car/car2-chair1.png 98499 f160d065545a9097af24424ddd1db6b1a5dc0cc0213ac3169cd059bcea3a6319
stimuli/style-transfer-preprocessed-512/car/car2-knife3.png 88617 67eb4a8b93b09e4a2c99bb4b5b2e69d27b7993b97c8c40493f6f3383b4fc9833
stimuli/style-transfer-preprocessed-512/car/car3-airplane3.png 93488 a37d4c101f0d63b23350426d659239c2249348821f58028341943dea058e58e0
stimuli/style-transfer-preprocessed-512/car/car3-bird2.png 106733 e712e93c80b8c2e9f90a5a45577db0ec718d3781f1a6b717f15ec2e360a3e0cb
stimuli/style-transfer-preprocessed-512/car/car3-boat1.png 104896 e1078c80b1ea99a6c6e07b40748987df1ec7040a85a178c43dc6bde0b5ddff15
stimuli/style-transfer-preprocessed-512/car/car3-bottle3.png 118609 2a482fb3db4e889dbf673bf920a74a4cb579ad7b2d432bf59a5cd745c05ca7f9
stimuli/style-transfer-preprocessed-512/car/car3-dog2.png 98725 34909030724a57cbad1d39d2257409c8a50b996f1fe2d966df0ef4c4baf2afdc
stimuli/style-transfer-preprocessed-512/car/car3-elephant3.png 114821 6c41e12cabc93ff73616f4b490a9b61f5ba9190c9bf1c29ce85652f07598413c
stimuli/style-transfer-preprocessed-512/car/car3-oven3.png 86706 480aa58ffece02f3363ab5469588a8c142f159cd1653fb81b1eb71af3c3274a6
stimuli/style-transfer-preprocessed-512/car/car3-truck1.png 110671 0a65e930d520158c5ac97cbc712190d2817e2b07b145e76ea09ffc73566c0918
stimuli/style-transfer-preprocessed-512/car/car4-bear3.png 115088 8aa8849bd23dba864aa5bcc0b24772b0c8b8a26f79de1e6ef8c3a8ebfd80823a
stimuli/style-transfer-preprocessed-512/car/car4-bicycle3.png 124366 50603f1fa3259b34e7b67abf4843870f4d0389620c9d01d7cfa081ab1fa85303
stimuli/style-transfer-preprocessed-512/car/car4-bird1.png 92322 c75ff165c1d07db1973c7af5297b3fcf3fbf47262612377189a25175f15bd7ce
stimuli/style-transfer-preprocessed-512/car/car4-boat1.png 107336 39493775f4da4b71f493f37cc5fb9963f1b070bc245935fffec7853ddf18982e
stimuli/style-transfer-preprocessed-512/car/car4-bottle1.png 121463 52f8d2a21af067073514b9accca5883255425c98d86adcfafcf2bcc35e038a8b
stimuli/style-transfer-preprocessed-512/car/car4-car2.png 107879 131e0847b4d8982a1b4616868232065e6e6f82d9717bcfc5092ead150c83b3ed
stimuli/style-transfer-preprocessed-512/car/car4-cat3.png 94800 e0d96598014adc81d6b1b92364c03e280ec261a4e058d6c4f0c853deb8827aeb
stimuli/style-transfer-preprocessed-512/car/car4-clock1.png 114890 a6047855e550277f0a0b6eef0f39f76cf36734e3f5eba5278b47586c3f78390d
stimuli/style-transfer-preprocessed-512/car/car4-elephant3.png 115111 c9a21a960d93fff85e60abd25e01a01fe4bca8c1bcb2a2fd0fd4924e7af89cbc
stimuli/style-transfer-preprocessed-512/car/car4-oven2.png 87520 14064528fd8e2f88b8d24b8fff5b10d6f66e222d0aee34eef13c1768bb796d14
stimuli/style-transfer-preprocessed-512/car/car5-airplane3.png 94039 0fea1ba09cb9281ca2e2aaa2fcba27bce1d4231e6b3ffb75129df548210f4df3
stimuli/style-transfer-preprocessed-512/car/car5-bear3.png 115175 de8a08bd72adbc20bce932567b63f7895dd2dcb36eeeaaa918a8a20f0329ebc7
stimuli/style-transfer-preprocessed-512/car/car5-bottle1.png 121514 0cf33a340734d7fa36ac35d226b2708ac22f4ef16eb07fdf1ed9e76c35a6452c
stimuli/style-transfer-preprocessed-512/car/car5-cat1.png 106704 5a3e99acb8d918fd9ee32383586eeaf34a1a79b27c6e58337e18f788b68286ae
stimuli/style-transfer-preprocessed-512/car/car5-keyboard3.png 79443 1ed20c4aba3ca603935490fcae43f966bd58d2c5071d995be2b78ba4d64cc672
stimuli/style-transfer-preprocessed-512/car/car5-knife2.png 98723 39eaf6f16de8cce6f526b95716d3f0a8337644c9f3a10b8d31c4a8851ba48642
stimuli/style-transfer-preprocessed-512/car/car5-oven2.png 85701 6916c8ba49a6b15c0d7c368c8e945ea07c807c17fa1d2077f5e41300dde43a30
stimuli/style-transfer-preprocessed-512/car/car5-truck3.png 99756 2a76728cc0043079569d32c93734a9d9b44d00c9482ef3ca209b67ab52fe4d49
stimuli/style-transfer-preprocessed-512/car/car6-bear1.png 119850 533e76f6a8ced2f30606a62ebbff12a46c8e5a0db1f4d51e0daa4f0ff2f10f5d
stimuli/style-transfer-preprocessed-512/car/car6-bicycle3.png 124826 bf1c1cabfddf86ac5b1ed266e0a8d785a743d381d88c6b0b659a5860297fd79b
stimuli/style-transfer-preprocessed-512/car/car6-boat1.png 108597 58b6d55e14b77efb1373cb8e9bf24da441aeade1e11622efe7c506009cd19019
stimuli/style-transfer-preprocessed-512/car/car6-bottle1.png 121826 cd84353c2f488d7b168a4a5c04d9679e2d0122ce3b79cfeb6f3f7d0314f172bc
stimuli/style-transfer-preprocessed-512/car/car6-chair3.png 100416 e1ecc2c4f1d0931e3a4a0dc006361544c70b225163d9112ebcf0f049df13f91f
stimuli/style-transfer-preprocessed-512/car/car6-elephant3.png 114762 ca7fee75d3f0b54e8f0aace9ede27300218d6646c55ef653f5863149d36d2dca
stimuli/style-transfer-preprocessed-512/car/car6-knife1.png 107175 0109f5f80b124b75c8e87538581d6a3e258106aaf45b049dc45affcddfa00c58
stimuli/style-transfer-preprocessed-512/car/car6-truck3.png 104087 cb7f10cd41440e484b2448dbef3a4732d4ea279ebcef812ea7d565008ef72c64
stimuli/style-transfer-preprocessed-512/car/car7-airplane2.png 100718 521b8984f743a6c908e4d10c286648f9218265794bf1b82cc59ae3e583929f2a
stimuli/style-transfer-preprocessed-512/car/car7-bear1.png 118932 dd865b2126d63e42d5377a678b94866a454d8ca37eea565289f2f7f1b0699bee
stimuli/style-transfer-preprocessed-512/car/car7-bird3.png 86816 64aa09247c04e6cc1093d3d14c19521d9b1e31aa301bf47960c30918663213e9
stimuli/style-transfer-preprocessed-512/car/car7-boat3.png 111351 5239e593e6430a81de25b908e1bfee74d6c657d049451b08f6104df73e727443
stimuli/style-transfer-preprocessed-512/car/car7-car1.png 112833 31a5ea74cb20a1672d2706bc375226520dea06adce4bf4098393aeb1b4de7adf
stimuli/style-transfer-preprocessed-512/car/car7-clock1.png 113746 06c13cd29fe24a29f24d7c7d45d53be88f385d3c4e2fcc1aa6de4c7e7e2c60a9
stimuli/style-transfer-preprocessed-512/car/car7-dog3.png 99551 95fd5c08c189489db8b4c2c42f326e4918762425c20e883164475eebf5ff3eec
stimuli/style-transfer-preprocessed-512/car/car7-elephant3.png 115177 c53f8ce475dfbb00b2c2993258ddb69d651ae6d4af47b27ca66b2972a299a26d
stimuli/style-transfer-preprocessed-512/car/car7-keyboard3.png 78517 781852c00d61372b2f480b08eb55cbac74aef32504bd59286498bae177134a65
stimuli/style-transfer-preprocessed-512/car/car7-oven2.png 87375 a974c2416b20e9da69c9832a1b3d95575e0dcd401fda00f788faa7ece3bdbb57
stimuli/style-transfer-preprocessed-512/car/car8-airplane3.png 93478 be1d44936fd802cedd216182f4eecb3e7c844d434f0b158322197526fe3051c5
stimuli/style-transfer-preprocessed-512/car/car8-bear1.png 120125 dba20cf314591751df18f739d11e83c4c958ff74bd780265f8373b90cdc9b960
stimuli/style-transfer-preprocessed-512/car/car8-bicycle2.png 122784 5711052cf96485916bbbf0b10ae74d606b8f5c76d1efa055b58462da5d768700
stimuli/style-transfer-preprocessed-512/car/car8-boat3.png 110324 f9539749898bdb5b8345531cc715c62daf2da0a41c5ee45eb24d11f2cd624f2f
stimuli/style-transfer-preprocessed-512/car/car8-cat1.png 105404 9e5d2453b50f4e6cee53333eb04ee27225e3818bb60942d365a58d6ce3d1d827
stimuli/style-transfer-preprocessed-512/car/car8-chair1.png 91496 6486a33ccade4c3a3d4f4a03b39875c6d4aebf709317ed76ca0dc9f502683bdc
stimuli/style-transfer-preprocessed-512/car/car8-clock2.png 107412 34602a92f13c5d829e2f506e28e74ddcb0c80805fa0a7834eedc3f4133256e2e
stimuli/style-transfer-preprocessed-512/car/car8-dog1.png 115183 2e0c1ef652d2b2e28e40fd904562f1ce615bfdeb03f48d10e8b0f10fc14afdad
stimuli/style-transfer-preprocessed-512/car/car8-knife2.png 96074 02f67f915de9d6696a44dc27856058bf44a7a07f4a19d72c5e464a4d347d02c9
stimuli/style-transfer-preprocessed-512/car/car8-truck3.png 95701 3b89b35fa61dc3954962019ccbe5f05111b91a4943fed20078427534656e7291
stimuli/style-transfer-preprocessed-512/car/car9-bicycle2.png 123788 2f0c2d3e8d7fb790d2b4aa7757a4bac80f2058766174390fc90a884fc2afe0fd
stimuli/style-transfer-preprocessed-512/car/car9-bird1.png 91511 59f94c35d113a9c2e6d363b3776890453c63fc1c070149f0697930c0209aa04b
stimuli/style-transfer-preprocessed-512/car/car9-cat1.png 104885 fcfe9c35a5646d8983437fc04c82b86dd88e0d0e22bd6014e28d72559c07bc3e
stimuli/style-transfer-preprocessed-512/car/car9-clock2.png 107979 98b16c9a00240bf0680af38535b021d3bc1f0e73b361ee38f61f686ffb60a5ac
stimuli/style-transfer-preprocessed-512/car/car9-keyboard2.png 93793 b0037353a15cdeef7bcbb16eae86a721c65e47886f4dd32b9feb8a754b49e932
stimuli/style-transfer-preprocessed-512/car/car9-knife1.png 107696 436582103cfc0155e1d2b49add1c02e2912080bb4c905ab8038bc7dce5b19ffd
stimuli/style-transfer-preprocessed-512/car/car9-truck3.png 104190 223098b98418fe5e5186c754ea9f1cb4b5821dc0760d57d4e6853f80a3332793
stimuli/style-transfer-preprocessed-512/cat/cat1-airplane1.png 97024 73c47b122a3b656dc4006048d817abd313830c2777515b0985d2d87b9b53eb74
stimuli/style-transfer-preprocessed-512/cat/cat1-bird1.png 92914 f668269112e36bb056098935d3d686d70a48aba44b9b3ebdd9ef0cda7981fcf1
stimuli/style-transfer-preprocessed-512/cat/cat1-boat1.png 111918 8a9bb3cb1f2d677f328105b035214d05d8b2e6b347db3bf43599db184757bc2e
stimuli/style-transfer-preprocessed-512/cat/cat1-car2.png 109632 00337124a21a7ecc72f71b4932b5fcf7a8c15ded69073f2577ae3d28da74f567
stimuli/style-transfer-preprocessed-512/cat/cat1-cat3.png 94184 2828e78b50b55867e55a7a6268745b3aea7b8e4418f6b5c6997053af985ed596
stimuli/style-transfer-preprocessed-512/cat/cat1-chair2.png 106846 5b8148e0d68e2d6b6dbff424df5c1ff0082ffff742a3641b4f7f9976cbe8c952
stimuli/style-transfer-preprocessed-512/cat/cat1-dog1.png 115248 987d980cf63db41bca66f6472e23187a781f2e3c0b208b10aac333ec89d33bac
stimuli/style-transfer-preprocessed-512/cat/cat1-keyboard3.png 80105 f0f8d6f71249ac50d3ba57139b0d2100587d989d623e3c99e950fe02a9fce2ea
stimuli/style-transfer-preprocessed-512/cat/cat1-oven1.png 89252 f52397120135160d4fe8e813e05a598924e08d73a410b59bdc2c108991692264
stimuli/style-transfer-preprocessed-512/cat/cat10-airplane3.png 100332 3c4afbf41b456442e5decb2917dad200025d47b8d6f50c8011d1e587d976c8a3
stimuli/style-transfer-preprocessed-512/cat/cat10-bear1.png 120597 252cbd1c4b2c69a4c694365425ede7a89762963b3986cdd04cf66aebececc85c
stimuli/style-transfer-preprocessed-512/cat/cat10-bicycle1.png 131184 60d7f3d592930934f010a919e73c18bbbcec2bfad0c7fad343da204417f68487
stimuli/style-transfer-preprocessed-512/cat/cat10-bird2.png 107792 e68e42184f6293bcb5a35799e005bb10aa59ef07d4a9977a7895e0a43045abb1
stimuli/style-transfer-preprocessed-512/cat/cat10-bottle1.png 121117 4dd5f2fa44edc4ba4ace79d80e7f1f0e98c9fa52d12c4b02cedbc8d5091b016c
stimuli/style-transfer-preprocessed-512/cat/cat10-clock1.png 116785 70f1543a7f6532d462f46c48872685db8cf12f630fdc6c8f88642ae981e9459d
stimuli/style-transfer-preprocessed-512/cat/cat10-elephant3.png 115372 d9fc7f6650bb19959c58dd0f08cae4a783270db1b2e0b3c823ccf13d8896acc4
stimuli/style-transfer-preprocessed-512/cat/cat10-keyboard1.png 103133 5e1e38923996d2d4b7bb1085cdd9a0c952f73064a6488ef41759345607a1e783
stimuli/style-transfer-preprocessed-512/cat/cat10-oven2.png 87433 9f23a799f0224a1868ebc2daebf598d8b28cc966258b30516a5ffc0c50414f66
stimuli/style-transfer-preprocessed-512/cat/cat2-boat2.png 117986 8dcb4e9e922055eb4a5acc3b9e2723642d4148bb45093bdf012acef036b98123
stimuli/style-transfer-preprocessed-512/cat/cat2-bottle3.png 120442 0cb0ebb929d71eafa7cc060d0311ed8500aa1e5341618d187ab6133764a90a80
stimuli/style-transfer-preprocessed-512/cat/cat2-car3.png 123214 669a2256c0bd95010787c1c50390ae4ee1cc3a9e495b54640889dbac428b81bf
stimuli/style-transfer-preprocessed-512/cat/cat2-cat1.png 108042 e996c4528cab0485a791c23506ba7c5e3af3d2561a8095144d9271e50b4f5e79
stimuli/style-transfer-preprocessed-512/cat/cat2-elephant1.png 112614 e3cc7fc4a7c7c8e5c6129c844675a8a443265730e653a28ab3db6e09d108c9e9
stimuli/style-transfer-preprocessed-512/cat/cat2-knife3.png 89656 e39fc95451fe7f33e9f2c9af10860f90761b607308f60fe08024c257ef011d55
stimuli/style-transfer-preprocessed-512/cat/cat2-truck3.png 107933 c7a5d5c436b11ef8987a2c5ef4ef21661eb2089fff49b888f93b68f8da79dae6
stimuli/style-transfer-preprocessed-512/cat/cat3-bear2.png 110014 9565cf434f2260f8492c5e11986aaeb29f26472189779bd2a82d551d99062122
stimuli/style-transfer-preprocessed-512/cat/cat3-bicycle1.png 131825 91443db0dd5fe3363226fce0f7e73cebcb5b7bcb6ce253200526971cfebce465
stimuli/style-transfer-preprocessed-512/cat/cat3-cat1.png 106449 674c591ac4f8efda87fc8d8928ab7ee59b2cee636d29862bda963fdcec1539c0
stimuli/style-transfer-preprocessed-512/cat/cat3-elephant2.png 110685 a6af5618b3554a16a684b46a48f77e8ddda25b7676a741ab654f2299f9a9a914
stimuli/style-transfer-preprocessed-512/cat/cat3-oven2.png 84685 653c67ff59d890773c0bdca73c249019de85c51ae3636e5317b188195d5f52f0
stimuli/style-transfer-preprocessed-512/cat/cat3-truck3.png 101147 b815f44f4ec2f840114bec7697db7672cbd41af4d788ade0d219186a359b20bc
stimuli/style-transfer-preprocessed-512/cat/cat4-airplane1.png 93962 1f13280eb22b07e26e344471ddfc96e444071cb3123350c9058f1536f698a1f8
stimuli/style-transfer-preprocessed-512/cat/cat4-bird2.png 106581 4847af3413a10f586df325c7f099c7924b4c6bfd253ab1aad0e6dab3cf13e86f
stimuli/style-transfer-preprocessed-512/cat/cat4-car2.png 110002 d532240c519f4489049a74580db88b1d815124c89ea2dbd5896bbfaaa1d22fc4
stimuli/style-transfer-preprocessed-512/cat/cat4-cat3.png 93349 adf8acdbf66ee225fc35e47d9911708627dad4fc951bca2d9c4804f284f9f060
stimuli/style-transfer-preprocessed-512/cat/cat4-chair2.png 105190 c56636e518a9f835ff6d827e9f535db9057bbfd834cb0275feb6cba9f99719a3
stimuli/style-transfer-preprocessed-512/cat/cat4-clock2.png 109146 ae3b861a3c36910be467ccfe49e2f86dfce81c82b43234e16a8c4e680220df3d
stimuli/style-transfer-preprocessed-512/cat/cat4-dog3.png 100307 12b06eb61edc4c4f26cf29ce4864fd27d33a81b9e4d47782fb5b9c9a2398194a
stimuli/style-transfer-preprocessed-512/cat/cat4-keyboard2.png 92504 49d90da6ba2332fdf9826529b7b8bf5a1e11d700f29f1ac16264746d74b8db68
stimuli/style-transfer-preprocessed-512/cat/cat4-knife1.png 108989 6a54b0a3aef6f2eea4e5bca3a6060b570ec70b1d398ef0b5b2c1ac2a286b2e50
stimuli/style-transfer-preprocessed-512/cat/cat4-oven1.png 88297 68e51ba31efeefc63d724013a7c23a433437e275806d2521fdfc8432d4ff6bfc
stimuli/style-transfer-preprocessed-512/cat/cat4-truck3.png 107498 ea47e60bce0405a24cc5c4d1247ce52e2b6e362d46a6429490ba5f44e1f7bad7
stimuli/style-transfer-preprocessed-512/cat/cat5-airplane2.png 107586 1fd1284a7645eb4a0f1df10d75fd01ae5814de8a0820b6fa2487f374ab67e51b
stimuli/style-transfer-preprocessed-512/cat/cat5-bear2.png 110302 7fc4b286c02f3cebc75c296b3f6346ff86489339d31da0acd38df1d7002f4ead
stimuli/style-transfer-preprocessed-512/cat/cat5-bicycle3.png 125226 0497b86abf2dc109cb2b6fa3f93775ec2ed9da2862556a7e2fdd80eba2a0dc2d
stimuli/style-transfer-preprocessed-512/cat/cat5-boat1.png 110718 b117dbf51cc6e867be2e9ac17c5e1a96d0e43ae3a6f12d39dacd0b5cd4ce948c
stimuli/style-transfer-preprocessed-512/cat/cat5-bottle1.png 121908 076903f36460c2d482a1473ae347c6dece7a716d88dd1284232b759e3f1d4c74
stimuli/style-transfer-preprocessed-512/cat/cat5-car2.png 109727 d7a8b8fd4593564c7a2a4c3e60fb1b8581a7b5ce514a40e71f5ed85e1dee0e42
stimuli/style-transfer-preprocessed-512/cat/cat5-chair3.png 101309 988993efc8199d6022914b0afbdc1c502f6f51b1a3a3f9911ae255ba7c621100
stimuli/style-transfer-preprocessed-512/cat/cat5-dog3.png 101471 68375fb1e3340a9bc5ded857c67fbcaf237bab7cd904eb0d95fb3da15024bea7
stimuli/style-transfer-preprocessed-512/cat/cat5-elephant2.png 111565 d47411a860bfcd217174aa2377f31435b5b35af9aef9fe6877505119fcbd0f88
stimuli/style-transfer-preprocessed-512/cat/cat5-keyboard3.png 85203 f5cff967129d8c535778193f6b5adcf25d13031ed8c3d1e81d3f00c43d2a37d1
stimuli/style-transfer-preprocessed-512/cat/cat5-knife2.png 100562 da5130e961fc98297379dcbe7cdd456e9f8317bab90ef2b3bcc04a93d36a51b6
stimuli/style-transfer-preprocessed-512/cat/cat6-bear1.png 120990 24317b19ee4f91f7834c2b8fba36f810880807dca4a01968960ff8718b477a17
stimuli/style-transfer-preprocessed-512/cat/cat6-chair3.png 102498 ee108e6a2e463e0ecb2675b8f8fdd6fcb77e3b1e95b9676d270f32b3a5b11080
stimuli/style-transfer-preprocessed-512/cat/cat6-clock3.png 110529 5ea76b200d0b3d44ef09b9dce256a63600fe261bef5e61616cf9e61eecd7d36c
stimuli/style-transfer-preprocessed-512/cat/cat6-keyboard3.png 82773 cb543e64e4802f3f8e309b77030cf7960eed0cf2e1a37f35933602d8c7e79200
stimuli/style-transfer-preprocessed-512/cat/cat6-oven1.png 91476 d7ffc4ae4c3faaebcbe2cf21ed7624ec09d8432463963ac4afbcf7427c3d94d1
stimuli/style-transfer-preprocessed-512/cat/cat7-airplane2.png 108246 5d1134641be372c9bf80472a3db3f3c9009d598698fdef1535eaf5d0f5ad3ecc
stimuli/style-transfer-preprocessed-512/cat/cat7-boat3.png 118609 a8ab0ec3493d603df284c02e42cf764dbcbc2b7119f22656378b451239ee2ce8
stimuli/style-transfer-preprocessed-512/cat/cat7-bottle1.png 122770 803594ef4c2a082fb9d26e8c9929aa0df5991ce52cf84f1899167b9160b8830d
stimuli/style-transfer-preprocessed-512/cat/cat7-clock3.png 109889 619da5d58d1f13a3b28eff0ca6b160c2167507c54b97fd5bd1a23d7e0766d792
stimuli/style-transfer-preprocessed-512/cat/cat7-dog3.png 101588 c5e0099a2266da0e00f10f85cebcaa99a9334497a50e8f47d18ad31e02a6c5ef
stimuli/style-transfer-preprocessed-512/cat/cat7-elephant1.png 112371 c7e4bb65ea7af2af6d149de17b4baad596f1e7031b6ddc0c1495791ce89fbe57
stimuli/style-transfer-preprocessed-512/cat/cat7-knife2.png 99920 c6c44717212c7f13bc5745a52222347e39aa3e85a2f99c3fc3b8aaf11d604818
stimuli/style-transfer-preprocessed-512/cat/cat7-truck2.png 111604 dabd52176a6e702a77cd7550cc90a2efb94a35a5c1d85494844d3bb3ff780ac8
stimuli/style-transfer-preprocessed-512/cat/cat8-bear1.png 119536 6ff888e270d7a6ad0e877d6f473766d3528d102072f482f4159b2c9925309451
stimuli/style-transfer-preprocessed-512/cat/cat8-bicycle3.png 124834 371d1cbb7adaa1a0c0b8a03bb57dfffbd2b8e2a2b24b220a29e8827114515bb1
stimuli/style-transfer-preprocessed-512/cat/cat8-bird2.png 107540 481ce43e2a1ddaf5a48934259e413f20543b883afe3df9e06c3fd356bc01c972
stimuli/style-transfer-preprocessed-512/cat/cat8-car2.png 111643 d875eb0a95ce386a899386429c295e98256b35868e8252a274c463678a8924fe
stimuli/style-transfer-preprocessed-512/cat/cat9-bicycle1.png 129595 65b6090933bc8d41d9b20868afaf8fc6d6e54e3dc01a0acde0c60f800e947c1c
stimuli/style-transfer-preprocessed-512/cat/cat9-bird3.png 85891 f0adf16d984951d3933c726b3178f410f09e29c3a46bc73cc95e6030dc9b0cc9
stimuli/style-transfer-preprocessed-512/cat/cat9-boat2.png 115582 e28f2dc577f86aeb312d3366e82d4fe065df864ed0a5e089af6e4b596989d950
stimuli/style-transfer-preprocessed-512/cat/cat9-bottle2.png 102633 07737f635617cd3dacca633945594f253018836e15b46cafbc3dd881f3716433
stimuli/style-transfer-preprocessed-512/cat/cat9-cat3.png 92512 1c6ac4eaa1ce1a32e1da70c7b2c38d79a91e014053bc4bfe4a523f8bea1795c5
stimuli/style-transfer-preprocessed-512/cat/cat9-chair2.png 103427 392fd25b075c13fbc8a262da82beadcfd8d77e8efdc44c8cb73b16d70c8a409e
stimuli/style-transfer-preprocessed-512/cat/cat9-clock2.png 107162 82dd8be4f14f6f6dcbc01c3037758d013ac6ae1d3d72162090871cd056b8868e
stimuli/style-transfer-preprocessed-512/cat/cat9-dog2.png 98816 2f9b332581770bf4b883b6a86664be537a9585b5b534435fe4d92abe1019dd51
stimuli/style-transfer-preprocessed-512/cat/cat9-knife2.png 98161 0b217def50794bd0249b45ff0faa610b733b1ec7ad5fa00af62f9009b9670d45
stimuli/style-transfer-preprocessed-512/cat/cat9-truck1.png 111079 4c57078bce13b3b202c62fa9b1304d9bade247090bfaf96d9353d32415e37bd8
stimuli/style-transfer-preprocessed-512/chair/chair1-airplane2.png 111373 4eb4a728e23d66b1220813a686b740b79c431a80a4ed5b17e99c01b14ee97348
stimuli/style-transfer-preprocessed-512/chair/chair1-bear1.png 119210 bc51e7afb3ef334ba5a495249d87b87fd729b5416af50200949c371c86f8dc5e
stimuli/style-transfer-preprocessed-512/chair/chair1-cat3.png 99277 70acf68c779e33052929246d0eb544a981d016748d7fac805b402f467a44a635
stimuli/style-transfer-preprocessed-512/chair/chair1-chair1.png 104229 60879441f92912f50fcfd306f8b01a276eb54c96ef58a694f286220937b968a6
stimuli/style-transfer-preprocessed-512/chair/chair1-clock2.png 113854 3be333814550cc84b67fb1f85333304e4602334b71e9a807a99dce97d78c7740
stimuli/style-transfer-preprocessed-512/chair/chair1-dog1.png 114472 038461bb0f2e0c4a2a5ca859350e9e459c31e55a1f5995bce7ba75103ed75b81
stimuli/style-transfer-preprocessed-512/chair/chair1-elephant1.png 112651 262f2e697571cde581a65f4310c5ee1046eb1bad12fa35499e7e31d73afa0ad2
stimuli/style-transfer-preprocessed-512/chair/chair1-oven3.png 92636 3b72e69ff36a1ce06942c4cf02d12d2cb01a8862afa96e36fe27f392798ecae8
stimuli/style-transfer-preprocessed-512/chair/chair1-truck3.png 112934 0273b88d3ebd31b0295f53f87d06525cd22d60c5ec644645705c4860ccbe777f
stimuli/style-transfer-preprocessed-512/chair/chair10-airplane2.png 109666 8183bdbcd7885aafc1e97a311e220d0b9e113a9ad7e0914c1e54ef26ccf5a297
stimuli/style-transfer-preprocessed-512/chair/chair10-bicycle1.png 131068 c5d5132ce62c97271ce6fc923219e1ca0b773652e351e9cb45a4efc0e3273c60
stimuli/style-transfer-preprocessed-512/chair/chair10-bird3.png 95298 9854968af013ee30c881080962d3f90424386159ee701a6840778f2a986a4300
stimuli/style-transfer-preprocessed-512/chair/chair10-bottle3.png 121150 3e036f97a80b91edaf52b66b6a88d59fb12e0829fa2cfc94e0a3a8cdab9b9305
stimuli/style-transfer-preprocessed-512/chair/chair10-car2.png 111589 16223367dbdd95bd5cd26ce4f08d0f0b4e9c2f7b7dd0315f3a48bb09c3afcdf5
stimuli/style-transfer-preprocessed-512/chair/chair10-cat1.png 107008 b937b4f97bf71a876eeaa47d44d9cb87b848903f31c8f61daf49a4cb82110420
stimuli/style-transfer-preprocessed-512/chair/chair10-clock1.png 116752 3b9749190ceb439fbae8fa2ec60b6481a940cac4d985258b5831fc164a06407d
stimuli/style-transfer-preprocessed-512/chair/chair10-dog1.png 115106 8282f62141bc9982f8ca5e403c1168c2dd94216760aaa5a7c20c5510fbbab40b
stimuli/style-transfer-preprocessed-512/chair/chair10-oven1.png 89261 8ced0bd056213471c5b81ecad62590c4b824735812fd9869e11448032b385ae1
stimuli/style-transfer-preprocessed-512/chair/chair2-bear2.png 111043 eabd8c698126b5fcc910cbc0e2faa0062ad88d148f48df0ca07a0a199a64bac7
stimuli/style-transfer-preprocessed-512/chair/chair2-boat1.png 110951 381ab4f50f40781b89e5d6a80a765dbb3d8ca419d3e9eb978a4eaeb147894754
stimuli/style-transfer-preprocessed-512/chair/chair2-keyboard2.png 91278 512ddaffd547540b216a2802d678ecd5d74af99eee2394bff37d4f3d0b9c352e
stimuli/style-transfer-preprocessed-512/chair/chair2-knife1.png 108550 fe5f2943dc469ff0e86e85123726e3038203592b6689d5798eeef424b7c5bc60
stimuli/style-transfer-preprocessed-512/chair/chair3-airplane2.png 108043 6591e4e9f4b85acec7370bda66d795b3ae29df43ac578ada101be6d0f1473927
stimuli/style-transfer-preprocessed-512/chair/chair3-bicycle3.png 124985 d5f70850fd96eb67ca846e06b1d25ee5909325266d24614af2a784df9be08f9c
stimuli/style-transfer-preprocessed-512/chair/chair3-bottle3.png 120226 b7837040f1533abbd9fbf71383cb7f97e44f8fbf1271e18b6c2ac7a8fd6e491e
stimuli/style-transfer-preprocessed-512/chair/chair3-car3.png 122360 bde9dae94198d4bdfcd27ea7977e9e1fcdc82859b53122e769762245012f98b5
stimuli/style-transfer-preprocessed-512/chair/chair3-dog2.png 101174 176d88a4406f2d7a08258a4cbbabbcffc7ee59becd66901a6aafd485dcf969c8
stimuli/style-transfer-preprocessed-512/chair/chair3-knife1.png 110968 72226c5458f5efda4a673e6fa9af676866cc31c7398020770384b949cce63e36
stimuli/style-transfer-preprocessed-512/chair/chair4-bear2.png 110435 415c6ba9290a083fded5dfbad5c3ccd2eec8f9c465bfcaafbcbc28a04ada42d0
stimuli/style-transfer-preprocessed-512/chair/chair4-cat2.png 110652 06f49d5dc82542feb2a6631579dc5fad93152903660212863a8cf976b7ee063c
stimuli/style-transfer-preprocessed-512/chair/chair4-chair3.png 104618 d1c36c54c21331259679a98e5dc79d74d6f7aef085386909ef9019d3dc61bf44
stimuli/style-transfer-preprocessed-512/chair/chair4-keyboard2.png 99869 5274262eaad424ef84fd2adbabdfd5d949455695c1b09c8455d2bc83898ae9a7
stimuli/style-transfer-preprocessed-512/chair/chair4-oven2.png 95738 9e387cef0c6f266338b8b782ef7f7319d89eec55f652ce1ff9b8bd930b867e24
stimuli/style-transfer-preprocessed-512/chair/chair4-truck2.png 113969 168540f18355277f20d8bf5b427f352043ab36759c6943cbd2dc84c1d74d0ed3
stimuli/style-transfer-preprocessed-512/chair/chair5-bicycle1.png 131137 ade3dbbdac493eebd93f5c5c11cdb61fcd3fb9a8ff502ba17029604a61ff11c0
stimuli/style-transfer-preprocessed-512/chair/chair5-bird1.png 94725 3fda49799b510af7dc334c7040b258caa6610629f03b681ee297041b7fe1cd37
stimuli/style-transfer-preprocessed-512/chair/chair5-boat3.png 116020 13b550c9f6776c6ed199716b31afee0f05ffe83ae3a8ce3cb539683e6139c47c
stimuli/style-transfer-preprocessed-512/chair/chair5-bottle3.png 118760 25e93ba2cf3607c8c4e1f51297db9329846d40b4741ef7944e8e0c7c627cc2ad
stimuli/style-transfer-preprocessed-512/chair/chair5-car1.png 114853 29364a617e1d6740d3357027a814a4e0c8548eaeea30de5719cc4520247e9fa9
stimuli/style-transfer-preprocessed-512/chair/chair5-cat3.png 96130 ead5bc0a36201c9508a70b02d5d3aaaadd656dbf4f9a670a458842fd3dbd464f
stimuli/style-transfer-preprocessed-512/chair/chair5-clock2.png 110155 df5f9ea705ab183ed177eb1a8e9bf2c390122138ae1e56bcc2fd37346a904854
stimuli/style-transfer-preprocessed-512/chair/chair5-keyboard2.png 94056 3fb68f6346400127d6af350af33d3bedf773c97e09f8903bf75d1786db177b4d
stimuli/style-transfer-preprocessed-512/chair/chair5-knife3.png 87534 e853e6339fc0df04d4f0643dd933990476b725403182d491f7ca9a7d87c11516
stimuli/style-transfer-preprocessed-512/chair/chair5-oven2.png 89413 4de201cb3eb7b44efe4c26b2e931a972e404a4cf1ae58d61e0fc3f6f40ec90cf
stimuli/style-transfer-preprocessed-512/chair/chair5-truck3.png 109921 7f727370d966f46ae0a3dd0df10abd0dbb9207f5206ba4941c393a0fca2d25ba
stimuli/style-transfer-preprocessed-512/chair/chair6-bird2.png 107288 4cce088ba48c7302ada7ab15fbf347aad9eacf3c359e2de5b1ed3f59911945e0
stimuli/style-transfer-preprocessed-512/chair/chair6-dog1.png 114314 225dc615eb3ce38e3590fecb9cf690a1a99866269c26c4b780e3af1f583c3cc7
stimuli/style-transfer-preprocessed-512/chair/chair6-elephant2.png 111289 06039b8c2a319479ec8e0e6853c88aa19bfd5a6019ef1e9103e06ac20116fcc4
stimuli/style-transfer-preprocessed-512/chair/chair6-truck2.png 114179 e92f2d77d391903ef8ba103c9304d231a70dc3f6eb77163e79e408616e9114c7
stimuli/style-transfer-preprocessed-512/chair/chair7-airplane1.png 97146 61455ae79095d542673126b7de69d0d2eda9270e0ce06965932150489de1bf55
stimuli/style-transfer-preprocessed-512/chair/chair7-bird1.png 92594 738d5d39991478fd47c673b6dfe65efd767dc5098ddab105ef7295b348725e36
stimuli/style-transfer-preprocessed-512/chair/chair7-boat3.png 112882 abfa6222cd88cfe5148eb199ef1344c1347836950c0f5fe7dc217991f7d2fd99
stimuli/style-transfer-preprocessed-512/chair/chair7-bottle1.png 122656 7e9c569a3132adf0ff06c7057fa908623cce5d3f21d14ff2f0e42b0e78ba7fd7
stimuli/style-transfer-preprocessed-512/chair/chair7-car2.png 109858 8cf6b3b799a5195f7c198b820850da9edd4ec4dd4e90b9420c57af2d9f9cad34
stimuli/style-transfer-preprocessed-512/chair/chair7-cat1.png 107651 083e2e901cfb703c3733c563e0968a651e01c5f21cab36311b0e4cd7af3b8db6
stimuli/style-transfer-preprocessed-512/chair/chair7-chair1.png 99529 91b8b1d566315924d5b324fc0f4961a6562cda65c4e79c120734f518d594def3
stimuli/style-transfer-preprocessed-512/chair/chair7-clock3.png 109661 37c8f50ddbb138b1683c49e1f1953fc557ab231034c4c2943268a45d37fe7013
stimuli/style-transfer-preprocessed-512/chair/chair7-elephant1.png 112662 b908bd183c2ad83c94d3b8a96880cfd229dfb014ed8a2e91c833235048448fac
stimuli/style-transfer-preprocessed-512/chair/chair7-knife2.png 101051 24d9570f435d984b248a0ad22383cabca0daefebc92369e1daec44c74185d96b
stimuli/style-transfer-preprocessed-512/chair/chair7-truck3.png 103860 2c09845db57e7be7c378428adecb419ea6713a5589eeeda19f52da2ee68f3cf3
stimuli/style-transfer-preprocessed-512/chair/chair8-airplane1.png 93266 4aa282335defc428992cad74474755d24a49afb9d976df4fc0cef9a789638a1c
stimuli/style-transfer-preprocessed-512/chair/chair8-bear1.png 117201 a300ba4d55c97836e6fffd0babbbba476903fa3a20bc8a4859ba79fb46883bb3
stimuli/style-transfer-preprocessed-512/chair/chair8-bicycle3.png 123821 376a7ef5d22034bfb4f235bcadf469c3f8451dab30ebd73a78f483b6e4f3bd42
stimuli/style-transfer-preprocessed-512/chair/chair8-boat1.png 112931 3412cf78f03b925df25975dc34647f4b02164821add6ca8b39c587e049cd3888
stimuli/style-transfer-preprocessed-512/chair/chair8-car1.png 117472 2bf9353cbc4b2935b00a631fccbebe64287228eaf36dafd05f90f8315a701084
stimuli/style-transfer-preprocessed-512/chair/chair8-chair3.png 104413 54a923243cd8c8c772eda0600cdba4843a42ebcc9a5a2b37f310ce8db993b632
stimuli/style-transfer-preprocessed-512/chair/chair8-clock3.png 109309 433d5afc1500830d0f2336f5f9e3208215b5b10df3065d867fbebd86aabfa131
stimuli/style-transfer-preprocessed-512/chair/chair8-elephant1.png 111660 f22b43847a912805506514890876d31c3ccfedd1b3777c3c2dcb10a67cddb5bd
stimuli/style-transfer-preprocessed-512/chair/chair8-keyboard3.png 86940 dd931cc928250456ed692c24d27215476726d7c77c429f695f3014b9fb362ddd
stimuli/style-transfer-preprocessed-512/chair/chair8-knife2.png 103495 10ddbc6f2ce51dd7489b4882af16be96ddfaae3f50e0236229ddf2019bd50513
stimuli/style-transfer-preprocessed-512/chair/chair8-oven1.png 88646 e94005daa1c0687dff99e083fd0f79844881e36d02fbbf93f4ef1dcc1be33836
stimuli/style-transfer-preprocessed-512/chair/chair9-bear1.png 119998 4d67fcd4bcc0c0c99ab19c9b3e7eda51161ca7b3ffd312bb26f92ccd8a41d55e
stimuli/style-transfer-preprocessed-512/chair/chair9-bicycle3.png 124728 47f8117aceee9087be039a85c5c0cda655043f41dcf54edc89de3391475948bd
stimuli/style-transfer-preprocessed-512/chair/chair9-bird3.png 90816 5b49e45510d9f66db2f217f70abadf411623a8811381199ef3a86eb67c303b6d
stimuli/style-transfer-preprocessed-512/chair/chair9-boat2.png 116305 404de46e7059b86efce1eb8870b8141cda9172e6c3e07987b430c7d05b57efc5
stimuli/style-transfer-preprocessed-512/chair/chair9-bottle3.png 120008 cb50514ce9f3b08cd067d90d98ce50ea9c12de37a37a88197f2b37567f019e93
stimuli/style-transfer-preprocessed-512/chair/chair9-chair3.png 101526 07ef467dd0224c35962ad77da98d0c97fa3bdfbc7d6fe9249d926cc4bebe2b72
stimuli/style-transfer-preprocessed-512/chair/chair9-dog2.png 99953 f42bc56711552403633ed8a8527540eb9f4806953e3e33b84ab31108feeffc48
stimuli/style-transfer-preprocessed-512/chair/chair9-elephant1.png 111372 b310989df22fe94ff9505ad71a57dd80375bbf38c534a5caeac227ce129f051d
stimuli/style-transfer-preprocessed-512/chair/chair9-keyboard2.png 90915 c50ffc15574cd654bdab81cadae213a0705f9a711cc3fee78cab2032072d4f53
stimuli/style-transfer-preprocessed-512/clock/clock1-bear1.png 119939 232afa8915a1d3bbdd03a55a512963b92deb630475605003f7e449046b0dbda3
stimuli/style-transfer-preprocessed-512/clock/clock1-boat3.png 110881 5af0352ff0a244f85022cf0f5df1ecce5fbc1fbe2ec2267b07c6270a82d025e4
stimuli/style-transfer-preprocessed-512/clock/clock1-car1.png 113781 3df57ab0df970d97da264ebde093c9c8a54af471fc78f450d6bb6c95852a42b9
stimuli/style-transfer-preprocessed-512/clock/clock1-clock2.png 110746 f6eaa6f61750b122ba017984e62561d79e11eb88b23d2fe35e85aef29ea106e6
stimuli/style-transfer-preprocessed-512/clock/clock1-dog2.png 98033 56156541d21bd6ea126fa56a00d47532ceed138300c0cd9ef3ff4d32aa5255e2
stimuli/style-transfer-preprocessed-512/clock/clock1-elephant2.png 111141 61272c5c7edc39a3000cfcc43d585a11bb9a02c9bf3cca424863c7420f4e93eb
stimuli/style-transfer-preprocessed-512/clock/clock1-truck3.png 101683 9f4296775473836a72e38b325fe88142ca2f29464b4c090a66efe1571a7145e4
stimuli/style-transfer-preprocessed-512/clock/clock10-airplane1.png 93052 ebd660446a8308c1d5892d68a6d1fce6378af392ac42a8ebe56f11c3493e05e6
stimuli/style-transfer-preprocessed-512/clock/clock10-bird3.png 93273 f084c1c38a75f6deeda9c5c8d488c5fb8d0045c6979b66faf97cad77446e96d6
stimuli/style-transfer-preprocessed-512/clock/clock10-boat2.png 116158 ff4c63575ac8e50f494cd1e0ad97389631504938b57a27206f6284e9af9c3be8
stimuli/style-transfer-preprocessed-512/clock/clock10-bottle1.png 121131 853b808bec6bb2961dee0298b1372fd67e72527b048397b712983b995dc963c4
stimuli/style-transfer-preprocessed-512/clock/clock10-cat1.png 106691 5930ac3790663bdba59298e8171ffc7a189b829ba1d9ee3565be06858682554a
stimuli/style-transfer-preprocessed-512/clock/clock10-clock3.png 108418 bb2e50590dfb4ce2d368cefe579658fc018c22295eecaaf69396c0c08311eb77
stimuli/style-transfer-preprocessed-512/clock/clock10-dog3.png 101476 6c88d2f7437f275d4ec50a211f96cf03fd8c54e4acece861bfb4013d62fca5e6
stimuli/style-transfer-preprocessed-512/clock/clock10-knife3.png 90418 0f50ae09ae8c072599278ae3516b494c3736d4e8e648b8eb1f5f1d2d902fdda5
stimuli/style-transfer-preprocessed-512/clock/clock10-oven2.png 90959 ee56face8d23a500fe90c69f5bfc12fed99f9875df09fb6b0052f0b796b14a27
stimuli/style-transfer-preprocessed-512/clock/clock10-truck2.png 111675 dfde6b5df69d02ee67fa2ca7b64b3b9f7ead8a81c43e8f93d0a6fbfb1356ef99
stimuli/style-transfer-preprocessed-512/clock/clock2-bear2.png 110175 23df41bc12a8ec2a933430d982354e1a99639cbc73f45e702d663f17f0d2b322
stimuli/style-transfer-preprocessed-512/clock/clock2-bicycle1.png 131683 3289913b677f70c01227742a5d2e7a8dd83ad812ad0dfd82a50e02ef3f04adde
stimuli/style-transfer-preprocessed-512/clock/clock2-bottle3.png 119137 ba322e733a68bcc7e573388dbe80c3407d157a9afceeef33cbf89f0c87f6767f
stimuli/style-transfer-preprocessed-512/clock/clock2-clock3.png 108577 6a491134c3e6afb8f867b7ed8225bb1f6a8c5333bfe40e7c494642b77b257032
stimuli/style-transfer-preprocessed-512/clock/clock2-dog1.png 115008 bd08e205ef90490ad6d561450d77ef8e2914ad65a107ecec897180bbd90da063
stimuli/style-transfer-preprocessed-512/clock/clock2-elephant2.png 110921 dd3e3fe5f8d644bc4e7c1fefad8b68cb3c13291af8d5aafa472c31137fab5fbf
stimuli/style-transfer-preprocessed-512/clock/clock2-knife1.png 110021 e6e1958414e9724962c350871b32855d1f34e103b11a745ff52dd40ff2af8cd7
stimuli/style-transfer-preprocessed-512/clock/clock3-bear3.png 114337 c740fda61670d763f34f212af926f999057204e6b534b9b9e07ee30b7e62f55c
stimuli/style-transfer-preprocessed-512/clock/clock3-bicycle2.png 125948 922bd62044af7f3da57435f933649e9e6e0812dfc9438c4c586dbe5fd0a67d70
stimuli/style-transfer-preprocessed-512/clock/clock3-bird1.png 92266 4fb8979aae4322599c668fe1f83955f111d6f5fefd30de0f909043210d06b39c
stimuli/style-transfer-preprocessed-512/clock/clock3-car2.png 109615 2ff7dc339fcaafbfa5a2a2939e3fe55e97f6ab807c2f0fdcb9ee39333c4bee75
stimuli/style-transfer-preprocessed-512/clock/clock3-cat1.png 105702 a3f9a4e36ef53cfa41d796471d72477ede1226be3d3484e839d4dfad066e5ca7
stimuli/style-transfer-preprocessed-512/clock/clock3-dog2.png 99097 af1f44d26ee962844adb7ab8555312602a4170ff42d4ff3f8d23528b065b3e2a
stimuli/style-transfer-preprocessed-512/clock/clock3-elephant3.png 114298 5807e78e93ef2011f49e91aa8e1a571d0112d705dc3a0b60acedf841687a35db
stimuli/style-transfer-preprocessed-512/clock/clock3-keyboard3.png 80114 904d527aeb14b4c767ca8dc1b13c22b4ee1f5d17ece538e5cfad98dc1f83bae0
stimuli/style-transfer-preprocessed-512/clock/clock4-airplane1.png 97164 f03c2f17c5a114d5886d3fec8f3e6407a134f68edf5cb51971e4bd59dd8b7346
stimuli/style-transfer-preprocessed-512/clock/clock4-bird3.png 93953 d4c62542db039fc7d4c525f5e48367ac3b9968432818fa0523cf2b3893d41a15
stimuli/style-transfer-preprocessed-512/clock/clock4-boat3.png 115550 2615dfd1df4adba26435cd5ad6e1402f42ac8a6a5eaad0c480e07ef580f5840d
stimuli/style-transfer-preprocessed-512/clock/clock4-bottle3.png 120019 70e7f1a2db6461f119b108dc6aa5dc8a8050fb928f4536456a393f7b5c8353cb
stimuli/style-transfer-preprocessed-512/clock/clock4-car2.png 109551 5ab4d6ed08792e7897fe3972c7b860328ebe414a4d92a1ff23b7c1ce9932996b
stimuli/style-transfer-preprocessed-512/clock/clock4-chair1.png 100472 b0a2c949e77393a52aae5e62c165bb9aa920f68dcb8d6613fa0471c552ff6614
stimuli/style-transfer-preprocessed-512/clock/clock4-elephant2.png 111952 d33f6332a4233e92c5d4ce344f85455e7f953fbf1c608a0bd02884ef02661677
stimuli/style-transfer-preprocessed-512/clock/clock4-knife1.png 110569 8662a46c8078586a5511bd73a277177ed77295e87a02690dbc2e3f127e2c27ad
stimuli/style-transfer-preprocessed-512/clock/clock4-oven1.png 89211 ba3c1472cbb380d9f04c39a3d37500767f35c358e4b9fa070f45b663e2f0f281
stimuli/style-transfer-preprocessed-512/clock/clock5-airplane1.png 96273 829a49c9f44aa95eeeb34686b9b1b4040a04529d907ccb18e4d53db5aa24706f
stimuli/style-transfer-preprocessed-512/clock/clock5-bicycle1.png 132801 ed697fb7401cd4d03039c53d72ec52682777c068c2398fe3fb4196741fec48d1
stimuli/style-transfer-preprocessed-512/clock/clock5-chair3.png 102772 f9a52c34a6ade2efc24ce853fcecaaf0b31f630ce5d5d4214f65191ccaecb8f9
stimuli/style-transfer-preprocessed-512/clock/clock5-clock2.png 113197 0fb0749a6b5815323e76432f9df91e616383380e4fcf145c41ce0e64ddb7e29d
stimuli/style-transfer-preprocessed-512/clock/clock5-elephant2.png 111550 eedafb9715933f0aa28932a1f0eeaede06d8e9fa9a11756688a272dd3f5946c8
stimuli/style-transfer-preprocessed-512/clock/clock5-keyboard1.png 106445 c0df3d3be4dca6812d266137b8d68bdae9b5d79667ee943a4f036d782a6947f3
stimuli/style-transfer-preprocessed-512/clock/clock5-oven1.png 90986 99f0db78302ec54a99e1d8966ab3e0fc17eb8a621c0f3cca34b9c9eca05b927c
stimuli/style-transfer-preprocessed-512/clock/clock6-bicycle1.png 130666 be6284aba15d1df06f1abd692c4d32d60f04643feca9961048ebfd447551487e
stimuli/style-transfer-preprocessed-512/clock/clock6-bird3.png 86381 2b0285902eb98f8c033dfc44f41fe1a3f4ed971a17f55a469009bf1039d97e79
stimuli/style-transfer-preprocessed-512/clock/clock6-bottle1.png 121090 cbad7f0c8c38a38adbfe2005fe45ba91a6fc65c10c01fbf2843b1bd2295249db
stimuli/style-transfer-preprocessed-512/clock/clock6-car2.png 108646 7a179dda642a494635e2b2613baf6f60a0c32ffd982b1babfab495f559bece05
stimuli/style-transfer-preprocessed-512/clock/clock6-chair3.png 100431 0734d4d56d5e2bd484ddab4f0d37c062a31543310fd621cef3a88a7826ebff4b
stimuli/style-transfer-preprocessed-512/clock/clock6-clock2.png 107408 cfaca369459ccdf2935fbe50bc825023df79388d66490d611660bf15fc9a65e5
stimuli/style-transfer-preprocessed-512/clock/clock6-knife2.png 96721 9a827551639c1d3df5898fcb2ba45a9c0f06738a76e74ba48b05c3da0bfc3841
stimuli/style-transfer-preprocessed-512/clock/clock6-oven1.png 86633 eda80f690efe028bafe1851eaaf634d5e367c5642eac41e1e6598f035a980f15
stimuli/style-transfer-preprocessed-512/clock/clock6-truck3.png 104168 77e4357d89a86495ff5859086de56bf640d476e74c130e8077d65449fdab24ca
stimuli/style-transfer-preprocessed-512/clock/clock7-bear2.png 107613 d2a34ab558e68f79b64188e7a6fe943d67f583c939d3e26c3fb50918e7de1b4c
stimuli/style-transfer-preprocessed-512/clock/clock7-bicycle1.png 131995 3301eccde5b2aaf416d5fc998aae3129f340bd517ada4b4db2da4dca8ace2f48
stimuli/style-transfer-preprocessed-512/clock/clock7-boat3.png 117534 db5546b70ddb9c0d47c41037ccce5199b9cd6486e3e74b51f4a11ef4c5688cdd
stimuli/style-transfer-preprocessed-512/clock/clock7-bottle2.png 110192 6bb38495829a10038371cae18bda3d49da8e5e828f275203f1cc9d631e6dcb51
stimuli/style-transfer-preprocessed-512/clock/clock7-car1.png 112927 e037964112814db5eec38d62563c7241d266e61ffd4ca719d262d7217aa3b30c
stimuli/style-transfer-preprocessed-512/clock/clock7-cat2.png 110383 97fd076a07a5bceb2e3a6f691215bbff587f424aa1c27a9b194dd53f50accc13
stimuli/style-transfer-preprocessed-512/clock/clock7-dog2.png 98155 db87826b05be22e30809ce24d3aa1b634888152026ca8542a9b511b88e24465c
stimuli/style-transfer-preprocessed-512/clock/clock7-keyboard2.png 94200 661e0b566b0b02807f9bba0e6a839f5fd1f0453208ddd8f582e802d2a2e7dfd3
stimuli/style-transfer-preprocessed-512/clock/clock7-truck3.png 106717 a4f85dcbc29a92dff08707a8dca8c1eb00989b3f9971cd14d1f509ec46fa2be3
stimuli/style-transfer-preprocessed-512/clock/clock8-airplane2.png 106980 80eef154c83e7991a9324bd452dac8d73de2b2914cce2026b0ff0fdb41f01581
stimuli/style-transfer-preprocessed-512/clock/clock8-bear2.png 109696 bf555a9ed7289bee5d6fda4cf32de866f28ae79dcf8902485600cb7b38452373
stimuli/style-transfer-preprocessed-512/clock/clock8-boat1.png 111701 31af152d10bac0521cde8b099773b2f8d6111c3675276d4b127f2d1d4e6cc840
stimuli/style-transfer-preprocessed-512/clock/clock8-cat1.png 107525 8b65d8746a71da857e6a828e7b88a9092efa43b4289c04d487181700b88e4dac
stimuli/style-transfer-preprocessed-512/clock/clock8-chair2.png 107853 813c9b9ecac0a2c94fd2b19247355691c2f872c07472d4864dc0ab8955ebc7ba
stimuli/style-transfer-preprocessed-512/clock/clock8-keyboard1.png 106035 f5feefa14ffde813ebd445fdf368005e4adcbe39ae080eb116315675a1528245
stimuli/style-transfer-preprocessed-512/clock/clock8-knife1.png 110845 b8102b5429436a54b874c8f9c33730b9442580d9a5c030465e276d4714c67a7a
stimuli/style-transfer-preprocessed-512/clock/clock8-oven3.png 92495 d328a5246df65118c40c851deda110fb41bad647d556d32f3b9476da6b7adb67
stimuli/style-transfer-preprocessed-512/clock/clock8-truck2.png 115482 50ada99350c095f97008c2eda749140360e0b917d0e887e3d077eb6299e2d4af
stimuli/style-transfer-preprocessed-512/clock/clock9-airplane1.png 94656 51d10dc07d2b8b27f76ab6fec3ad60e0979a994be3b472a5b95d92b15d2ad869
stimuli/style-transfer-preprocessed-512/clock/clock9-bird2.png 108370 5679c96327a7afcdc058b1778a10c23edcb94b1c7f9bc14f9b047c3fe4bacf05
stimuli/style-transfer-preprocessed-512/clock/clock9-cat1.png 107693 cc9a6545ef1bc32996b71afe2f69192294e3b938cf18e4cb60010f3df00cda58
stimuli/style-transfer-preprocessed-512/clock/clock9-chair3.png 104484 7d43b4b28810c90fb32a09e07971dbc7c493788096bd0a620549650cd0f234ae
stimuli/style-transfer-preprocessed-512/clock/clock9-keyboard2.png 100629 e2c5a68b7466d08f4ff3752ae2f1fecf54c6d84ffa722e5316ef9960611842de
stimuli/style-transfer-preprocessed-512/dog/dog1-airplane3.png 98621 bed4969107f3736839d17206afe338299087dcddf02587ed7ab04980fa4bce9e
stimuli/style-transfer-preprocessed-512/dog/dog1-bear1.png 119062 024650a1109b50e3418b857bf3c573816f423b3339ed4e6c9d9469a7b14f2a39
stimuli/style-transfer-preprocessed-512/dog/dog1-bird1.png 94059 d2f0c323c08fe9c9be16035d33a89079e6c6c19678bc77971f8bdad6f3103191
stimuli/style-transfer-preprocessed-512/dog/dog1-boat3.png 119151 489623099dfadae591e17416e7d9a4c4c8ccef537febdfbaf5844267c669f1b1
stimuli/style-transfer-preprocessed-512/dog/dog1-car2.png 111896 504c33d8bedcfeff079edd23baea5bfc44e57ad254ec9c270edc3fb8a9c0d15c
stimuli/style-transfer-preprocessed-512/dog/dog1-cat3.png 99668 1b44e369d7f159bfb4c4b0b2ba7cec65a6dc6e12ef950292e0f178dfa2ef3c42
stimuli/style-transfer-preprocessed-512/dog/dog1-chair1.png 100750 8960b3296563ecdaf35eab8e57470208b8c147d7f1e920c11017bd0a9c9ae2b7
stimuli/style-transfer-preprocessed-512/dog/dog1-dog2.png 101696 36ae3f0dac614e4d1d46126a8aca64210bf8a4648145d9119bba1f5b2313b8a2
stimuli/style-transfer-preprocessed-512/dog/dog1-knife3.png 89810 4b155f2f9cfae50847ee4795a6733449bd1e62002916f6910792e2d1db16e54d
stimuli/style-transfer-preprocessed-512/dog/dog10-airplane1.png 94280 69c960460dda593baed780bad68d8aac7344b93366eac4f681e7fa26f742dfde
stimuli/style-transfer-preprocessed-512/dog/dog10-bicycle1.png 130424 3c74c5d61e9160c949c7aa5b9a8d3db84e1b1b052e65fba65ea5e4d8b5ff4d7a
stimuli/style-transfer-preprocessed-512/dog/dog10-bottle1.png 121038 b159a2d211b0d0c19d5544059bb1b56ef124bc1be7d4680ef2e9ad2bf06c2001
stimuli/style-transfer-preprocessed-512/dog/dog10-car3.png 119966 31ff95296a495c334c06417eaefb3e807107944d872c51fdc2a1cb9709153552
stimuli/style-transfer-preprocessed-512/dog/dog10-clock1.png 114941 5219e65562c10af6e0c32fd3602cd66171e1bf19469f6c1eb3af39029403795e
stimuli/style-transfer-preprocessed-512/dog/dog10-dog1.png 114674 73f46e91c992066a03cabb46f80f84581adcef75f1374b7e2d3ac65f4a9629da
stimuli/style-transfer-preprocessed-512/dog/dog10-elephant1.png 111923 fecd962360a1fdfdb827fa156e4ceb8400506e634f9931d03eab8cda0d472f90
stimuli/style-transfer-preprocessed-512/dog/dog10-keyboard2.png 90512 411a7e15364643af88bbbaa54985c3f0f081dff1518e63f2e5e0ba4f1451fe65
stimuli/style-transfer-preprocessed-512/dog/dog10-oven2.png 85867 5615331c647fa45e36afc8cdb45117d44ec3513426a572bd1a98bb61c526c66b
stimuli/style-transfer-preprocessed-512/dog/dog10-truck2.png 108595 02a1c6d5882b0d14c435c2a7f6eea023bf5fdf861b41e3b61e6a12113f34c47e
stimuli/style-transfer-preprocessed-512/dog/dog2-airplane2.png 103909 0d8e0d364c9e2b89250a251c7483083a27c601d9330b8096fb1ac78890b5d19c
stimuli/style-transfer-preprocessed-512/dog/dog2-bicycle2.png 124675 57c6ffe1cdec9ad7b552e1ecef7ee22deb67c2367d99daf85520bdcc4c58d678
stimuli/style-transfer-preprocessed-512/dog/dog2-bottle2.png 106936 6be5d570b484e3e12ffd18ec7a7a1e554a0e7c31e57fd0267abf806bd820131d
stimuli/style-transfer-preprocessed-512/dog/dog2-cat1.png 104752 11e919c8fb907a12c44b63518bec0223b79a90b41cf8e635ae334d513e0c7d49
stimuli/style-transfer-preprocessed-512/dog/dog2-dog3.png 99085 997b9d5400983d68d48f74311523cfbc640454ed137024e7a48f56e620208183
stimuli/style-transfer-preprocessed-512/dog/dog2-knife3.png 85495 7c8bdb88e5a15b2a2c4b1fdb1570f99fe5125051e841a1a0d7cf3998675445c8
stimuli/style-transfer-preprocessed-512/dog/dog3-bear3.png 112515 0bca116b72d9cb03a88d471062ae25009ad49274948e6acad8199d852338b6e6
stimuli/style-transfer-preprocessed-512/dog/dog3-bird2.png 107602 d5218f43f39e82e15aaedf92e6a392cf0ea5dea88b9de60ec4f62ef66378300a
stimuli/style-transfer-preprocessed-512/dog/dog3-boat1.png 107719 6aba8ff431d4c32f975fcb3953ef7867f35cee65d4775c2155df1412b094a59f
stimuli/style-transfer-preprocessed-512/dog/dog3-clock1.png 113933 adf4b95a95102e31bb4a12c89c2332162ac29de6ddb4de428758ca50e425b94d
stimuli/style-transfer-preprocessed-512/dog/dog3-dog1.png 114460 01e637325ef5a20224d472f394d5be240a59c3e97ca79c49cbdc07f3cd40287a
stimuli/style-transfer-preprocessed-512/dog/dog3-elephant2.png 110362 3615763b7611e29cac77c479ee201b9447e5e31cda7d15f73a504da29523d0a7
stimuli/style-transfer-preprocessed-512/dog/dog3-keyboard1.png 101927 4783a0a0531d6458266205c680b1512be5f091e537e3d9998d87bb6da87638d5
stimuli/style-transfer-preprocessed-512/dog/dog3-knife3.png 84045 7d2c522bed6d4c5eb298d1ba7dec7b617393dc09256e50856ef77257281dcedd
stimuli/style-transfer-preprocessed-512/dog/dog3-truck2.png 107966 8c6118705ac95e11a0808e495ae8788c5d4d905577d58e3ae6fb16ddcecb4017
stimuli/style-transfer-preprocessed-512/dog/dog4-airplane3.png 95156 efeb346d74417f3769c10bd0178ecf484547e0d0e7a69db124d46a4791b7c9be
stimuli/style-transfer-preprocessed-512/dog/dog4-bicycle1.png 130744 d40132ab30573dba62cf609a8128e0c0e69985f234c509613549a88cf61cd966
stimuli/style-transfer-preprocessed-512/dog/dog4-bird1.png 90388 a607ecc3c119c24809652373cede9bebadc04496481c0b640ba777857ddf021e
stimuli/style-transfer-preprocessed-512/dog/dog4-bottle2.png 104813 dd61ae5fe00cc43660c94bfa2a00fba5def52dc345da1852fb20c5f82b16ab39
stimuli/style-transfer-preprocessed-512/dog/dog4-cat3.png 93933 25596b1b88974176131e0d93adc7a1f212783dd338b4d6c37ad9633eccce6ff2
stimuli/style-transfer-preprocessed-512/dog/dog4-chair1.png 93886 fd953d61ae6cd89dc9561a78df456e1f0149ffde141ccdc0f880af0b7f373b4e
stimuli/style-transfer-preprocessed-512/dog/dog4-clock1.png 114738 1fcdcecbb1d3527a88146681cafb77ad6359590ea0aa5c0cdcce9a3f8e42ff2e
stimuli/style-transfer-preprocessed-512/dog/dog4-elephant2.png 110926 827490ffc8bcb329e5b2ec3cf763a2e44ec7c04887130d8ea483b751fd16a735
stimuli/style-transfer-preprocessed-512/dog/dog4-keyboard2.png 90752 e168446878d84d5fe474f455d0099127eb33168b0968d63376859eb6cb60f6f6
stimuli/style-transfer-preprocessed-512/dog/dog4-oven1.png 87516 938419124b011420f99215f006e002aba2c212387b0a3b0131515149bb6a89da
stimuli/style-transfer-preprocessed-512/dog/dog4-truck2.png 108942 c32ac37db2814ddcea167be5c6b0c792fcaaac020ad236b1a4e06b3a9e79e511
stimuli/style-transfer-preprocessed-512/dog/dog5-bear3.png 114517 a30c8e1ecb792defd7706940041269f9cea9b49d2cd232a25b59bcfd6cbf05de
stimuli/style-transfer-preprocessed-512/dog/dog5-boat3.png 118062 119c71bd0c10750555c050f2b7af5535f00e2c158b16c9e152dd6ab515901437
stimuli/style-transfer-preprocessed-512/dog/dog5-car3.png 122918 99cc0a66044e10e3603a808258bcf73eaeb54dbc7b2c1a0bebf357b9d4f8c6a0
stimuli/style-transfer-preprocessed-512/dog/dog5-elephant1.png 112160 8fd829a486227d8c9a1e9880d766d3c810e14be65839d87eea9980ce47a19eac
stimuli/style-transfer-preprocessed-512/dog/dog5-knife2.png 101670 375ea21d1dc3fcd986136c17eec9dccda094aeb66e342e0100b35c97153406d8
stimuli/style-transfer-preprocessed-512/dog/dog5-oven1.png 89015 1518938a8550b387c731de7735ded86b2cd9023ff4330dd740aacbf050cfe1cb
stimuli/style-transfer-preprocessed-512/dog/dog5-truck2.png 111262 044671b1797d0b29c3f813da8a2042bf601dc70f7fc3589e4bd3a39f3896fe8c
stimuli/style-transfer-preprocessed-512/dog/dog6-bicycle1.png 131174 3d6c5f7e25a77241c3b81158aecefb218f43cd37f92166907f405913f0eb1ab1
stimuli/style-transfer-preprocessed-512/dog/dog6-bird1.png 92945 7f9ac45ee585844a189d7a0bc1e572e0368c5040292ca28558f6432d743123e0
stimuli/style-transfer-preprocessed-512/dog/dog6-cat1.png 106389 ec53975b91143c77f75a466a0d5cc41951146dadd878b4a8662b5e69329d14f4
stimuli/style-transfer-preprocessed-512/dog/dog6-clock1.png 114870 ade8558f34cfa6a31f82d26d9701f092ae59514facf504a0188e577941a54e1d
stimuli/style-transfer-preprocessed-512/dog/dog6-elephant2.png 111365 6218092ebcb7cf2259c179546c9812c8130a6a3062cad2e2d743d619a1ee5e19
stimuli/style-transfer-preprocessed-512/dog/dog6-truck2.png 109596 6a4ab7cc22fa94fb0bec5674ffc85d4f3caf364c74f5e906006d0f5661290171
stimuli/style-transfer-preprocessed-512/dog/dog7-bird3.png 90419 2271f450999d3938a0520b056b0bd65410a4da5eab070c8992306271da9070b5
stimuli/style-transfer-preprocessed-512/dog/dog7-car2.png 110750 8e50374c1ad7e4b6369d60f6b7ddeff31188f57c698da4c1644dcc7824ed6e9b
stimuli/style-transfer-preprocessed-512/dog/dog7-chair2.png 107119 5ccc83c4a5556de512f5d7b39904faec854be4b026f454b709808ceb3f4a8843
stimuli/style-transfer-preprocessed-512/dog/dog7-keyboard3.png 79617 12a9514d025a34477f7c213cffe7b7f30eaa8c4808440db09e41be755c30128b
stimuli/style-transfer-preprocessed-512/dog/dog7-knife3.png 87529 126705c8319ab8893d7c67d52cd4224f029967d8a3ef69ddb412c9b99d9612d1
stimuli/style-transfer-preprocessed-512/dog/dog7-oven2.png 88288 4c795ffb86fafdad43ba06094e9b0c8cc17592f2690534657d05cb3e4ebf277c
stimuli/style-transfer-preprocessed-512/dog/dog8-bear3.png 113358 bddc9c9fc1f8edfc35e3e519f2f28509a8c4b49858c40aa24e73d394e16c6539
stimuli/style-transfer-preprocessed-512/dog/dog8-boat3.png 118269 bacb6eb23e86b14eaa37a39bed2fc62d2fd10e865fdd0142ef8a26bdcce94155
stimuli/style-transfer-preprocessed-512/dog/dog8-bottle2.png 106187 e6f6497bad9dda5105f7fc578bd594b754975cf00c1c7433b701d86d093911a7
stimuli/style-transfer-preprocessed-512/dog/dog8-chair3.png 104817 f70608d305279846eb2f8462c04734197afc49764e06889531ee0b8692a30323
stimuli/style-transfer-preprocessed-512/dog/dog8-clock2.png 109364 01482132002d4745fecd44f6f4e0be3a8692d611c27f3ef9b9720f8c8b9541a2
stimuli/style-transfer-preprocessed-512/dog/dog8-dog3.png 100868 3931a70f744eac0a8d993917966b461f0c1425b222611e93998d4518c5f668c6
stimuli/style-transfer-preprocessed-512/dog/dog8-keyboard3.png 81689 97a8fb6ef9bf450b4e39452b55f2672e268054636bbd4e813f65b9f574655a0c
stimuli/style-transfer-preprocessed-512/dog/dog8-oven3.png 91284 5e95c38450c4f99305dff8c0bfef49fea3a18a9eae93be446e302e0312e4f6f4
stimuli/style-transfer-preprocessed-512/dog/dog9-airplane3.png 92202 b53f1f40f9b7c63361a694cb7b5ea965f7c3a9eb0b00c1f6b3520d9076c00598
stimuli/style-transfer-preprocessed-512/dog/dog9-bear3.png 111952 da23363649959ef9f84f6c8a7415ca42e2a6f085a9eaa6ff8993c7185092d707
stimuli/style-transfer-preprocessed-512/dog/dog9-bicycle3.png 123228 c625ef2e064acab434272fb2a556497620ed920c177635541408e9df60227f83
stimuli/style-transfer-preprocessed-512/dog/dog9-boat1.png 108076 41d517a0606e9208b7e6b995a2b3c2b8398eb6e8bc6f9e392428d62fd8d61a6e
stimuli/style-transfer-preprocessed-512/dog/dog9-bottle1.png 120192 56b1ca10e98f1218755638eed07657b787fe38e61b8d39a55dc9dcdb0ced70c4
stimuli/style-transfer-preprocessed-512/dog/dog9-car1.png 113890 9996eb0bca2f027dfaa1ddc19e43090aa121824a3e17aafe17b6c976da19f064
stimuli/style-transfer-preprocessed-512/dog/dog9-cat1.png 104760 071452cc353112e70f98841137e1045f9c3ad5e59c1be374753b6dd7e6126f53
stimuli/style-transfer-preprocessed-512/dog/dog9-chair2.png 103459 dc387d0bebbe32f60d2b8af9f544d999acc2e5ceeac845dffa43806afb1bc405
stimuli/style-transfer-preprocessed-512/elephant/elephant1-airplane2.png 102247 8cccd9be64796c813bb0ffa83764f40c881f62f2d3a55841e355a079c3c90c2c
stimuli/style-transfer-preprocessed-512/elephant/elephant1-bear2.png 109727 a876c2ad961eac1134cd47fb8c8e8c7a54278239e2b04eb3ee254e5c1683b4ec
stimuli/style-transfer-preprocessed-512/elephant/elephant1-boat2.png 118032 365e48091627596c028fa22b5f2197f201e08bc83450a731978d2be582ac98c3
stimuli/style-transfer-preprocessed-512/elephant/elephant1-bottle1.png 123491 ef0a1e70a43b2abba2e2d7982dadd0cba20b8dd77dd6bc970f338b75af441ebb
stimuli/style-transfer-preprocessed-512/elephant/elephant1-car3.png 121372 957cc6bcb75f6aaec3dacc9384ba5362b9f29929d151c9ddc8397b89dca55b83
stimuli/style-transfer-preprocessed-512/elephant/elephant1-chair1.png 98742 aa8a35497cfa8b1f4b0e59f8eb9dcc3857d619e93c04bd0138119dd21b1abbef
stimuli/style-transfer-preprocessed-512/elephant/elephant1-dog2.png 99643 ec7a415b054c357af6bd95138c8acc91207307fc72a1a200d72c660baf648ee8
stimuli/style-transfer-preprocessed-512/elephant/elephant1-keyboard3.png 78314 308d1e577d0b4f2a051564a8f4b908fd92c42f272ffc32ac614b7fab52eb36c2
stimuli/style-transfer-preprocessed-512/elephant/elephant1-oven2.png 86258 13a63bf6c11e07a795600433fd9ed4f0c6a34a1287ae875ea2e436ccb0073ade
stimuli/style-transfer-preprocessed-512/elephant/elephant10-bear1.png 121461 6fa9e2af2a7c7e95ebfee3d3e5c4cebe4dd7d2e423705821ab285b82f7da86ef
stimuli/style-transfer-preprocessed-512/elephant/elephant10-elephant1.png 112700 05b9feb8b720cf7598a0c45fbf8ca846cdcfe9c2dcddaa180b51f5b597df6c78
stimuli/style-transfer-preprocessed-512/elephant/elephant10-keyboard1.png 104489 b327e96e17bdaac24a2bb3eb597fd024c96f7862420a5d9db6e9ed96aead7d3b
stimuli/style-transfer-preprocessed-512/elephant/elephant10-knife3.png 85730 7c2f655392aad0031e847773443b72a73a70bf717ad3acfc2dd0b2abd768a149
stimuli/style-transfer-preprocessed-512/elephant/elephant2-airplane3.png 98799 61e0963d54c2ff936e98dbb7dbc1ac7000a71d9e19e65d320f717d87e3c55712
stimuli/style-transfer-preprocessed-512/elephant/elephant2-bear3.png 114386 6519beba030ee038ebe3764750fd3a7cbba6d67ebb27a135434c9525a338362d
stimuli/style-transfer-preprocessed-512/elephant/elephant2-bird1.png 92346 1c9c47d424552383c6f240be8e272d0bdcb765fe1202ca4c83b266a3568e1325
stimuli/style-transfer-preprocessed-512/elephant/elephant2-boat1.png 112912 1e427a3c780e6e1c1ba5bf81a78f139cbbd4e1ce808f18a6278568da0d1cd8d3
stimuli/style-transfer-preprocessed-512/elephant/elephant2-bottle3.png 120188 13fe29a1b6b4e4b3eb15d2f088e7d5bc247374429368efab609d1de888ca4ad4
stimuli/style-transfer-preprocessed-512/elephant/elephant2-cat1.png 107350 53068db42c13a55fa5d77c48a3a0363e2c03c4e36719ff59c0b80a4556be3321
stimuli/style-transfer-preprocessed-512/elephant/elephant2-clock1.png 116506 1e0f3ca199deb74499159ccf3ba26976ded1ecf9b1d46fa5fc7f443c1a4fd6c2
stimuli/style-transfer-preprocessed-512/elephant/elephant2-elephant3.png 115218 89fcfe27ee1a444b32baab34e1203f34e5e14bccecb8ff02721314fe0b3df006
stimuli/style-transfer-preprocessed-512/elephant/elephant2-keyboard3.png 80692 53d13db6c244db0e9b5ddc2a3f2c2db01d023159c5f50df4bdc6e8918a50384f
stimuli/style-transfer-preprocessed-512/elephant/elephant2-truck2.png 112170 4fcd8d0831803c0827c497402d6ca6f464cdd67943ef04fa811f6aee95d48b8a
stimuli/style-transfer-preprocessed-512/elephant/elephant3-cat2.png 111210 69cb5c51a8f8ae72fb8787dc00bf1ac227e9d8af5ac3368859ab437eea10a325
stimuli/style-transfer-preprocessed-512/elephant/elephant3-chair1.png 99800 81ae21e475a4e1ab8ac54af259dfb1de34c803461987e4c6e3fc269682be1420
stimuli/style-transfer-preprocessed-512/elephant/elephant3-keyboard2.png 97056 931bceaf231b8b00f946fa47eb05c8c2208d179b55c326ce84f1fc5873c70f60
stimuli/style-transfer-preprocessed-512/elephant/elephant3-knife1.png 110424 abca118ff750a436a9baa5762b9ac4981c6a50f671e780c5ae0f78e06372c455
stimuli/style-transfer-preprocessed-512/elephant/elephant3-oven1.png 90060 33a0cd7efd3a9dd469315c1e25e856f05135606bcf6dbc72b887b184e304db46
stimuli/style-transfer-preprocessed-512/elephant/elephant3-truck1.png 116109 c11ed243bc1717a3c66cef0aacc2ee875b2db632488e7fdc99a0f404dc57429e
stimuli/style-transfer-preprocessed-512/elephant/elephant4-bicycle2.png 125966 c029b737337be97ac1d315f27e99f1245ec020c6dca44fc0ecd877f43ec9e208
stimuli/style-transfer-preprocessed-512/elephant/elephant4-bird1.png 91252 d46e05082a4e7cdd5699c310f04806b6122069f5ca45c404ba17eee4fcea0abc
stimuli/style-transfer-preprocessed-512/elephant/elephant4-boat3.png 115038 ab8b6759a27801640dc9a5f8bc28f45f1089d5963c14388d9b4e7ebfe757df19
stimuli/style-transfer-preprocessed-512/elephant/elephant4-car3.png 122533 195f13901792d763c3ead904d94ae0843663bad0c71ef43f5d459c83bb8f8aae
stimuli/style-transfer-preprocessed-512/elephant/elephant4-chair3.png 99752 281a3966f04a105d314c693fcc952d4b0bbf5b42839b44d4cfbca5972fd598da
stimuli/style-transfer-preprocessed-512/elephant/elephant4-clock3.png 110707 c58c1fc7f7816191e05dd1738a6d147d978990fc4ef35479b8c92fb98390ca08
stimuli/style-transfer-preprocessed-512/elephant/elephant4-oven1.png 88457 590624f119d4f464a7628f2b6884f31261e7c7467288aea66939a83c338269fe
stimuli/style-transfer-preprocessed-512/elephant/elephant5-bear2.png 111203 53a632c628f88b1cae86a759a4686863bafbab870d5b7d1e4a7422e5ee990fa0
stimuli/style-transfer-preprocessed-512/elephant/elephant5-bicycle3.png 125370 54b21c46d199acd73a4280673ce448b26f308fb09aa54c9412614f04f6efb125
stimuli/style-transfer-preprocessed-512/elephant/elephant5-bottle2.png 107173 2f7cd8b7ac622582a80a349e91f45ef88fa4f9d56316263949b769a2e7726fa1
stimuli/style-transfer-preprocessed-512/elephant/elephant5-car1.png 113619 8dff9c33e0b9872d07df412e1eabe01ccbe75b15b6d091f3b7381310372e42a6
stimuli/style-transfer-preprocessed-512/elephant/elephant5-chair3.png 100834 218b83d88c8257b6489a98b88a8d7d8368f4078ff2575bdc70692b96a00e0a01
stimuli/style-transfer-preprocessed-512/elephant/elephant5-elephant1.png 112357 af4f2fd1d7cabe1de94052d30a1573f1b4914bd7253162704e15adf833a61f7c
stimuli/style-transfer-preprocessed-512/elephant/elephant5-truck1.png 117099 d0388000b6333c58c7971098e8c8c8cf65c4dbffb609f8e6340dd137a3188af2
stimuli/style-transfer-preprocessed-512/elephant/elephant6-bicycle1.png 132582 505969a30ae42b71e9a4df04d3707882f578f22b058f68e9e670435845cd8e50
stimuli/style-transfer-preprocessed-512/elephant/elephant6-bird1.png 92966 a9dbbd3bafde1a4a729103484d0bc10e7f87748b00e6222f485b4e8816885e48
stimuli/style-transfer-preprocessed-512/elephant/elephant6-bottle2.png 108012 860216c298f8038bd5ba4a8516ec79f6b158ed341090cda2f25ddf3670858474
stimuli/style-transfer-preprocessed-512/elephant/elephant6-car3.png 122238 1e01eec50f9a900585609d8155a0eeb6acfd16e328eff1a2d7b714b45d8d039e
stimuli/style-transfer-preprocessed-512/elephant/elephant6-cat2.png 111669 c0d504135ebd167369da286a0c48456ea5233e08f1b1e8506352d188cc9ca1b3
stimuli/style-transfer-preprocessed-512/elephant/elephant6-dog2.png 100558 fdcdea60d2cf4438958169c91612d2982a80eb66275e89e66f9a051f5b174046
stimuli/style-transfer-preprocessed-512/elephant/elephant6-knife2.png 100416 a67068172210962c9084def619ae249e465b8415cb7a622197adfef318088d49
stimuli/style-transfer-preprocessed-512/elephant/elephant6-oven1.png 90501 ce75434a756fb2b3ed11824e9f5b46a256cf3b051a4dba657381f0ad21d6640b
stimuli/style-transfer-preprocessed-512/elephant/elephant6-truck3.png 105990 8376348325d67ab21bbf4fd01e5762d41743ca28c94b6c229aa7752b1345e34a
stimuli/style-transfer-preprocessed-512/elephant/elephant7-airplane3.png 95798 ddbf22c50756eaa3954f4ccc105ac26963b71d090bfd55d2145d9437091f9542
stimuli/style-transfer-preprocessed-512/elephant/elephant7-bear3.png 114653 928871cedc9841198a9ac7c6a19104372ccc17c980549b20cadf52572c9b271a
stimuli/style-transfer-preprocessed-512/elephant/elephant7-bird1.png 91162 952e83bcc2c59061e9eb4603d80436a6e11ef2a35d3284b383753cfeef4e86e4
stimuli/style-transfer-preprocessed-512/elephant/elephant7-bottle3.png 118728 86c1aff96991119bb239899bcec25e4d6f60e589ad0f90f45c9d67bb110d9679
stimuli/style-transfer-preprocessed-512/elephant/elephant7-car3.png 120701 796c908bb781a595415a2301bf212fc9edc7a7a610df086bce9183b3c64da142
stimuli/style-transfer-preprocessed-512/elephant/elephant7-cat1.png 106851 c37348d4381cb5550cfd8c2fbcd6c6ed244ef82f73a79308839e9b9c6b3dd690
stimuli/style-transfer-preprocessed-512/elephant/elephant7-clock2.png 109645 22e3ae0faddc13b6dc424088a5fd992433ab579842e07b860d8fb35ae637fcc0
stimuli/style-transfer-preprocessed-512/elephant/elephant7-dog1.png 114821 104957c6978143cbedb500aed6b5adf29608b6c9c46cd50bb5e76914a2befc64
stimuli/style-transfer-preprocessed-512/elephant/elephant7-keyboard3.png 78628 77fe13ea6551135f83e3387de9381a961481de9c47ea8d2acf5e54aa04c62140
stimuli/style-transfer-preprocessed-512/elephant/elephant7-knife2.png 101625 c24644d40e53eb899a588b3ce0fbcd11e69d3def451e004c74ae7bc87e146474
stimuli/style-transfer-preprocessed-512/elephant/elephant8-airplane3.png 100165 c1e0a7d80e2d4fa3871535ab3faf7d16fb433d822a84eac616300ac85603f5cf
stimuli/style-transfer-preprocessed-512/elephant/elephant8-bicycle3.png 125616 e98abff85cb8aaaad0552c2523c6751f1ea757fddcec1a727957a88e97dba22e
stimuli/style-transfer-preprocessed-512/elephant/elephant8-bird2.png 108359 6caf09e6baeda70a14bc211f648846750e770f080c150fcd4183c2a586e67331
stimuli/style-transfer-preprocessed-512/elephant/elephant8-boat2.png 118129 98d1f614bd1823dfaf37dd78eaa003a0aafbccadb7c90cf60c3be594e968e431
stimuli/style-transfer-preprocessed-512/elephant/elephant8-cat1.png 107626 65f5e4e13a73b7df064288261a0d5a0c18ef0b1cab31675c48a0f444a2abad8c
stimuli/style-transfer-preprocessed-512/elephant/elephant8-clock2.png 113505 c1ed204e4c89b37ba5a2f60e4a542d16d17d9583871cc6b1a1c1ba2738f97104
stimuli/style-transfer-preprocessed-512/elephant/elephant8-dog1.png 115626 e953eb4e1ef3848a9a24a5c61ad6fddb9bd997bcc34591bb39afeeecddce2edd
stimuli/style-transfer-preprocessed-512/elephant/elephant8-elephant1.png 112823 1577a3a550fa66b3119982c738db90335088de4c27109c7f5a821804138d6dcc
stimuli/style-transfer-preprocessed-512/elephant/elephant8-knife2.png 103418 aa31402d5d1b94e69a57fc4a18fba1bb9cfe2c1d1f83186a0aa05ad60af84727
stimuli/style-transfer-preprocessed-512/elephant/elephant8-oven3.png 90415 6c09815e2a52c0e671f4c9b8232e070092740fbb63003e6f681f04475ddf04f5
stimuli/style-transfer-preprocessed-512/elephant/elephant8-truck3.png 106927 a76d0b9202ca4e28b44e767a24c03ce6a77f77d1bc3b5d4e5d9e373df8c2bd41
stimuli/style-transfer-preprocessed-512/elephant/elephant9-airplane2.png 104086 2067a7a40d636a4dc72e0da6b56c3c1553b0e325318160d3f64d4b2e37dac1da
stimuli/style-transfer-preprocessed-512/elephant/elephant9-bicycle2.png 125207 b471c6fff95d01877f806f469ba635bceb84111478832d2fe5ba40b017abb7d5
stimuli/style-transfer-preprocessed-512/elephant/elephant9-boat3.png 116477 20fc2c39a38f5426f6ff1bae10246159de2517e69ddbab892d9e2bd56d11885f
stimuli/style-transfer-preprocessed-512/elephant/elephant9-chair2.png 107520 20b761b73c03c1ce013e7434a0dbf949c0902079b23b8ae6dfcc4200dd3c508d
stimuli/style-transfer-preprocessed-512/elephant/elephant9-clock3.png 109895 513cce09aeffe4c6bed49d7a438135009106a4e03a387114149e633295146f0e
stimuli/style-transfer-preprocessed-512/elephant/elephant9-dog3.png 102979 9986eab8d4816f514603a2c7e8577866b580a915408d10c8e51254c90a7e01a6
stimuli/style-transfer-preprocessed-512/elephant/elephant9-elephant3.png 115149 f5573bfdc4aeb8b9478d8f8342d82e98218e77381235cb4fff6d65ecb519c35c
stimuli/style-transfer-preprocessed-512/keyboard/keyboard1-airplane2.png 101366 1f5cf846b2467ed92721fce19a1480724f1d27fca57b12d91cb129ee19b11b4d
stimuli/style-transfer-preprocessed-512/keyboard/keyboard1-bear2.png 109983 c8874d721f55995df9ae47508782074ac25ce63f8107827bba0e283b00fb16ef
stimuli/style-transfer-preprocessed-512/keyboard/keyboard1-bird2.png 107904 3d781dbf8613c47f7540b72c51a4eda7391926429ad796a7f40c534827f7c420
stimuli/style-transfer-preprocessed-512/keyboard/keyboard1-car3.png 120921 d92964a2b297a212e1ba8a0d6bf6d0b2f679ddf69e319195b813fc5777e5e56b
stimuli/style-transfer-preprocessed-512/keyboard/keyboard1-chair2.png 103790 b800291e7813b85a53f48a5af36da7309953fd1cebac50381dfc87ee01062ab5
stimuli/style-transfer-preprocessed-512/keyboard/keyboard1-clock1.png 114992 48a7921a39d81f773db4eadc671172d7fa4d41a5697dc46bb9fd5fdcc3d47fc9
stimuli/style-transfer-preprocessed-512/keyboard/keyboard1-dog3.png 99924 b9748ede3f43046418718a7e34c7de245af49af46a2c8545866a4cc9b9f10f61
stimuli/style-transfer-preprocessed-512/keyboard/keyboard1-elephant3.png 115117 7da0bd37dfdd13059dbcddb9eb33d8b098b4dde75b1b4b74d54f529d9aaa2e0e
stimuli/style-transfer-preprocessed-512/keyboard/keyboard10-airplane3.png 97741 af89846f091896491bfa4a41690404e2c4a1fd153a9e9f789b808a757884d674
stimuli/style-transfer-preprocessed-512/keyboard/keyboard10-boat2.png 117356 1f8ae9672f555ecc623d60e0e703912112a50afef596d2abe47425022d64a759
stimuli/style-transfer-preprocessed-512/keyboard/keyboard10-car1.png 115100 02e52c3be724d5c8be77bf4a2a394a0ba22df1dac114a91b7e89f7787bf0bb84
stimuli/style-transfer-preprocessed-512/keyboard/keyboard10-keyboard1.png 102425 81cb6fbb280a611fb6fb4d069afb00fde431fbff6b3dbbaaf8a35f595a0d3360
stimuli/style-transfer-preprocessed-512/keyboard/keyboard10-oven3.png 92213 4dd365990d858ba2127a5276e6d408009ec0e30912da5e7d88879e214e4942ac
stimuli/style-transfer-preprocessed-512/keyboard/keyboard10-truck1.png 117777 4f55ae234e122040a358e0caf2d15f9f35cd8b623e6de853ea979d86dc62db02
stimuli/style-transfer-preprocessed-512/keyboard/keyboard2-bicycle3.png 124920 e3ce0d276f7d65277299c28d14611212b111dfa582db78ae5bcbbc29de431b3c
stimuli/style-transfer-preprocessed-512/keyboard/keyboard2-bottle1.png 120929 f8e2634e2122f1ddf521fe0bbf1eba6ba374a54c818069caacb223253ed15efc
stimuli/style-transfer-preprocessed-512/keyboard/keyboard2-clock1.png 119314 2a983ce9508d5722bc4d732eb976a370dace575bdfa8e37bb6a1c5e8d3cc4b88
stimuli/style-transfer-preprocessed-512/keyboard/keyboard2-elephant1.png 111513 b5c0f42260b725cd998ed608a275d1aa1f4a43cee1baa5e282305ae73d6ecdaa
stimuli/style-transfer-preprocessed-512/keyboard/keyboard2-knife1.png 113927 d1e11923de841343d6bb2327f4d57a9233abc41585271f5d5b869f354ef1a563
stimuli/style-transfer-preprocessed-512/keyboard/keyboard3-bicycle2.png 121296 732f08838a8fdd877d328a17aad2239d88c117879981b2ce6541f40b6577a5ee
stimuli/style-transfer-preprocessed-512/keyboard/keyboard3-bird3.png 91863 0e756335541c48aeaacef5a8f765e00569b8e71edcbf622618db4f075b05e01c
stimuli/style-transfer-preprocessed-512/keyboard/keyboard3-boat1.png 108711 6ecfe779fdd50a5c4125097a69851cc75709b652d7bccf7f6f9cd5eec3a12151
stimuli/style-transfer-preprocessed-512/keyboard/keyboard3-car2.png 109066 3f1c705208170ad771c06538809c7264106d6e652f5be46fdfa22f3dcd0896d9
stimuli/style-transfer-preprocessed-512/keyboard/keyboard3-cat1.png 104792 fbc0b27a11d46f7c5b7bc09b28e484c0063c60b3f24331b242c921c33456811c
stimuli/style-transfer-preprocessed-512/keyboard/keyboard3-clock3.png 107961 7a8e9935a69ea047202ab8d00063be4bc18bcf015132dcfdf543c20627813028
stimuli/style-transfer-preprocessed-512/keyboard/keyboard3-elephant2.png 108814 4cdfdacf7b0d4e7afff5839eb9c40d11d42191601c521dbea96933f23bb1ed93
stimuli/style-transfer-preprocessed-512/keyboard/keyboard4-bird1.png 92036 8f24f019591bdef7cf64e4dc62807e1c6e8c70142af22881dee9bcd83c1b4152
stimuli/style-transfer-preprocessed-512/keyboard/keyboard4-bottle2.png 111460 b61bfcad3cc2b84910bd45e3f1bb30fe05515f6efd41a589b0da2a59564a7e97
stimuli/style-transfer-preprocessed-512/keyboard/keyboard4-cat2.png 111136 8e3c3a2c830596d33bde16d0f310a7db453658a6a638a6372a1b2bdb6bb2eaf0
stimuli/style-transfer-preprocessed-512/keyboard/keyboard4-clock2.png 115881 ea35a1501245097273b80e0870ffc0bb5d62169d3cd9740f1c3ae474e707aa94
stimuli/style-transfer-preprocessed-512/keyboard/keyboard4-keyboard2.png 103776 b97a08855df4511bf5ef390ef31a414ea9fc21505ab9f50f7ae46674a73c3878
stimuli/style-transfer-preprocessed-512/keyboard/keyboard4-knife2.png 105381 1be9da6c21447a267bf3327dbbce318dba265d9da47d928ae720687d33069bd6
stimuli/style-transfer-preprocessed-512/keyboard/keyboard4-oven2.png 96001 08dc452019b2bd0af30e96eb570d311c988dcda6aa244ba63ffb9162ff3a3c93
stimuli/style-transfer-preprocessed-512/keyboard/keyboard4-truck3.png 121480 2d6618df98b184dae965241d1d2923fc7a6f24e4403f86eda65404967d91fb7d
stimuli/style-transfer-preprocessed-512/keyboard/keyboard5-airplane3.png 98467 b0d546004b73001973a00af340e15c75d9b8c87553ce42f3114d6e511b1a9d84
stimuli/style-transfer-preprocessed-512/keyboard/keyboard5-bear3.png 114275 a42467cb4aebf5b5b90d3b0d9692250c53f6fd01285f4419a74884fb7af1232c
stimuli/style-transfer-preprocessed-512/keyboard/keyboard5-bicycle1.png 132126 1527dab4340a430dd253416bf26fa79459d23b800b15916e9f6693e4a7ddbcb3
stimuli/style-transfer-preprocessed-512/keyboard/keyboard5-bird3.png 92887 7f015a7e2736cc3a662f460ac8ddf9a5d6a565949b7ab99efcc8eb55dab419f7
stimuli/style-transfer-preprocessed-512/keyboard/keyboard5-bottle1.png 122541 dd963ef86236db02a41d61a44fee34866188d6b50182bb63833bf06e68a79a9f
stimuli/style-transfer-preprocessed-512/keyboard/keyboard5-cat1.png 105858 ac72d5550180e794143fb9dff8f5a926fea496b1d5b8f4ff57f43c4100384352
stimuli/style-transfer-preprocessed-512/keyboard/keyboard5-dog3.png 102426 a338107827b220917661b5ad0be296d5cfd9d15a9c88934d5d7e5e186ff16200
stimuli/style-transfer-preprocessed-512/keyboard/keyboard5-keyboard1.png 103507 66c40e79c193104c38601d92a918fee4bb0190f4df7e7817c545ab4cb755da59
stimuli/style-transfer-preprocessed-512/keyboard/keyboard5-knife2.png 99727 4a9d517ff530d57615443e3fa880a8b8246883c014455ca9f79ec43113ebd668
stimuli/style-transfer-preprocessed-512/keyboard/keyboard5-oven2.png 88940 fd780f22722b2564a5e11f196e92ba09af4614552076d28fc4e25930a3d941ad
stimuli/style-transfer-preprocessed-512/keyboard/keyboard6-bear2.png 109790 07bb7bd77f89a2a403e58b93c89c99ff724744a7fb3f9a1b5c5f28b083cba550
stimuli/style-transfer-preprocessed-512/keyboard/keyboard6-bicycle1.png 130986 e26ea057799cd1c031ec165241f278b2f5e83294ce2066c1efdd79d581c6294e
stimuli/style-transfer-preprocessed-512/keyboard/keyboard6-boat2.png 116487 6aebaf7c0cd6d00d18a17a2477e54919828ba823b76c925e9877ab8ca7fe5ea6
stimuli/style-transfer-preprocessed-512/keyboard/keyboard6-bottle2.png 104321 8e5d16f2758b246f30064eb274b9a197cde2a0c1851748c69f1df1c775434b95
stimuli/style-transfer-preprocessed-512/keyboard/keyboard6-car2.png 109184 09df719c8fadb8e3dfe464066d6b5c9879f37224ed4ae94413bfac505efee15f
stimuli/style-transfer-preprocessed-512/keyboard/keyboard6-chair1.png 96909 9569c6d4c559635d2fb4ebb042b78fdc170ef4941515d64669e219e26cbf208b
stimuli/style-transfer-preprocessed-512/keyboard/keyboard6-dog2.png 98617 a7134e99a0481e1d5378141ed63b29e8f1323363ff0a7e0e6107f5c0b293bd93
stimuli/style-transfer-preprocessed-512/keyboard/keyboard6-elephant1.png 111412 27bcdaa4dc1bdb50bab613321e0444d08aeaaeba74114dbba448b8ae3d6c8966
stimuli/style-transfer-preprocessed-512/keyboard/keyboard6-knife2.png 97651 3bf4045cdcb5ea929158405a6b48136cb40043cf82a5c7e99833bffa8d86fdd8
stimuli/style-transfer-preprocessed-512/keyboard/keyboard7-bear2.png 109388 125aaa3dbca0edafe65e7bb253eb14bf6eac1d482a7a43a33d1541f0807c077a
stimuli/style-transfer-preprocessed-512/keyboard/keyboard7-boat2.png 117600 3455b0155716069ef6c7bc2e54daa15695872012930395ef5c6ca5ed4f853775
stimuli/style-transfer-preprocessed-512/keyboard/keyboard7-bottle1.png 122968 ab40ef2211408939fa366c7879192459d255fa70549a3f66334f0bdb98d6426b
stimuli/style-transfer-preprocessed-512/keyboard/keyboard7-car3.png 121447 b739af499950968837cbb6b815d76767c6538d14b852e3a781493e55d3daaf6a
stimuli/style-transfer-preprocessed-512/keyboard/keyboard7-chair3.png 102991 8c254d58894d28a0c3ca77338fbb5c12da39f0ce4b0f26d110a26ee74358d07a
stimuli/style-transfer-preprocessed-512/keyboard/keyboard7-clock3.png 108341 c72a1aee61d77eaa3ef7bf0989d5964f8ed45c6776f96ba129397fa564f11035
stimuli/style-transfer-preprocessed-512/keyboard/keyboard7-dog1.png 115496 9b65f01f5d40b619a65ea36d6960a185da7c92fa8efd4f8cbb6e3f2d983d6d6b
stimuli/style-transfer-preprocessed-512/keyboard/keyboard7-knife1.png 111408 7659220453bd7ae661049e3b584905254679a4782d1a6e67d212bf4a29304791
stimuli/style-transfer-preprocessed-512/keyboard/keyboard7-oven2.png 87415 b445e7a9e971967183ac204d8b14bbd8fa2119b2be5e53ce92968c46dfe594e4
stimuli/style-transfer-preprocessed-512/keyboard/keyboard7-truck2.png 112031 3c5ad2aafc2671ec330ce6d319815f56b1559c4529e01e3c559ad7fb07344e0d
stimuli/style-transfer-preprocessed-512/keyboard/keyboard8-airplane2.png 109500 7731d8e43ebb9324d0463f2767ebdbf8e962245908307f6944017d744593d8fe
stimuli/style-transfer-preprocessed-512/keyboard/keyboard8-cat3.png 96368 86665916df4d905294209f48725cb33629a0ffb8ee71e975d4634e80d98b24bf
stimuli/style-transfer-preprocessed-512/keyboard/keyboard8-chair2.png 106455 478e7d77394101e117e12e5a1ac02fd16133ae4589d872258a51856a54c02433
stimuli/style-transfer-preprocessed-512/keyboard/keyboard8-dog3.png 102835 8e1c22692c79ce60aa555133ea1040cada6b12943b13a61a50f7a924fc10d747
stimuli/style-transfer-preprocessed-512/keyboard/keyboard8-keyboard2.png 97826 fd3005e6c199ff9e975f9e03b442ce688f69365219946ec098c8f389ca532de5
stimuli/style-transfer-preprocessed-512/keyboard/keyboard8-oven1.png 89331 aeeaf571a0b283ac541f32b281e35467501edf8d5567f9ea12c96fdf4203ac53
stimuli/style-transfer-preprocessed-512/keyboard/keyboard8-truck3.png 109590 dbc1ee184272457c8334ec61bb91466b66ac820315e7e954ac87b66f0627f7da
stimuli/style-transfer-preprocessed-512/keyboard/keyboard9-airplane3.png 96236 cb77656fa327b368f47060d9e7b85ea2154e43141c0cddce988f4dbfcf4f7fa1
stimuli/style-transfer-preprocessed-512/keyboard/keyboard9-bear2.png 109828 e581ee98c4645ad54680b3f31f16f2dfe8fc6183b2e7f7eb80c5054c142158dd
stimuli/style-transfer-preprocessed-512/keyboard/keyboard9-bicycle2.png 124841 4cbe59e58727983f5288c30d00af79e11a7ed4978a19ffd68a3734366ffc439a
stimuli/style-transfer-preprocessed-512/keyboard/keyboard9-bird1.png 91015 7ea67402a5977e708e3b4f5432e9f7f9b35581a4c833e565384e6c070f3f3314
stimuli/style-transfer-preprocessed-512/keyboard/keyboard9-boat2.png 117168 8d566a34ebcbe3ca57fafac5a46061bca03ddd246761460fbddf54c1486feeab
stimuli/style-transfer-preprocessed-512/keyboard/keyboard9-cat1.png 105989 0d7b99701d0fdb7c97203c10ae0e50a726211151050f8dcc6b69932133cbd9ea
stimuli/style-transfer-preprocessed-512/keyboard/keyboard9-chair2.png 104926 179f85a5cbeb1cb74de83aff3acc47ea61c22423f56b33d338174eaacf2acb26
stimuli/style-transfer-preprocessed-512/keyboard/keyboard9-elephant2.png 111022 f3e461ca9a9bba5531d163f6db00f8f0a90f69d9754aecc4178024b8e230022b
stimuli/style-transfer-preprocessed-512/keyboard/keyboard9-keyboard2.png 93822 eb5e2c34bdabb97c7629041c66b149978dd7288e2c817d750ab920223605f8fb
stimuli/style-transfer-preprocessed-512/keyboard/keyboard9-truck3.png 107854 67e8e795293cb4e3d8b1149dee20051872ee981483987ef1bcd0a532b92856df
stimuli/style-transfer-preprocessed-512/knife/knife1-airplane1.png 96596 3892547493da5adc68604fcb705abeea71e6222ed3d593d54160507f6d567e01
stimuli/style-transfer-preprocessed-512/knife/knife1-bird2.png 107304 428b08fd741ef432c95dad28914ce6d230105a46d30415c31d766b8abb61b9cb
stimuli/style-transfer-preprocessed-512/knife/knife1-car3.png 123243 aa498cf7f98042df8d4c4438cfdaade14179ae9fd3a9b44c4410bbf57f269d32
stimuli/style-transfer-preprocessed-512/knife/knife1-chair1.png 103554 28efee2c086dc5cd22ce3d453af5dacd46ae172297fa2ce7a96fe96c5b3b8d04
stimuli/style-transfer-preprocessed-512/knife/knife1-clock2.png 111347 ad3e1c5cadd0fb873d62f41dbf06654bf6b7e61f3ba989114a88e70c6455ae18
stimuli/style-transfer-preprocessed-512/knife/knife1-dog1.png 114006 97d52460aa7e192504ee26673767e535ef748bda6e701a4c1e39b54ea6ff8e15
stimuli/style-transfer-preprocessed-512/knife/knife1-elephant1.png 111029 18de5eac900271b844ca0dfc83b4e4c4a23196d828a1a07bd4275f020fa19805
stimuli/style-transfer-preprocessed-512/knife/knife1-keyboard3.png 89147 05c6bdaed79008676c1d068fc0676691d8a7afd7d04fb5e2396ee608b2897492
stimuli/style-transfer-preprocessed-512/knife/knife1-oven1.png 93557 a5a842a4d209484466a19acb8fbd7047e506d5bc73a6c3ffbb320593701aeee1
stimuli/style-transfer-preprocessed-512/knife/knife1-truck2.png 113457 63e9a79d819cbb3c3c18743be531426ca2dea5c1a7663cd7eb24ffa03ebca640
stimuli/style-transfer-preprocessed-512/knife/knife10-bear3.png 113725 c981806103eaec83da3fd778fddbd71e906d4bca828cebdc604665017b8f0579
stimuli/style-transfer-preprocessed-512/knife/knife10-chair1.png 95494 5068306b419568ae568cba49214876adcdddf4695aab8d8b5dc427682e1e17e2
stimuli/style-transfer-preprocessed-512/knife/knife10-dog1.png 113842 c0fe7dc58a31864c336f16a7bf4f9bd443cd8c5036f424874897aaddeae65827
stimuli/style-transfer-preprocessed-512/knife/knife10-elephant3.png 114848 9eafaa54132fbdebc14e48c6e533450681835e5ac7bc2d3022597c81f145de72
stimuli/style-transfer-preprocessed-512/knife/knife10-keyboard3.png 81184 69b22045fb2a483dda7be4af713cc46fb4b5cec7cca6b9da8d336fec836174e7
stimuli/style-transfer-preprocessed-512/knife/knife10-knife1.png 108035 9d0db92f80010488c169bfc8dbdaf278fb645365173a0467e088a7cbe6bae34e
stimuli/style-transfer-preprocessed-512/knife/knife10-oven3.png 89732 8fec8616c3b3cb33402e41496a1906b0740afa30fe989a4223ac9ec58d140ca8
stimuli/style-transfer-preprocessed-512/knife/knife2-bear2.png 109960 e9ff837011676c6b99b869974a51728348ab4cbf921240c0667e5dd905aa5129
stimuli/style-transfer-preprocessed-512/knife/knife2-bicycle3.png 123885 6d753a5cea10c9358d6a8d0742ac9c07d85d93feffcf20cb7fcddcf583f60618
stimuli/style-transfer-preprocessed-512/knife/knife2-bird1.png 92213 d31c3fc165d24b03edf2f482540f093a6be99124ef9003b8619b79cd83245e43
stimuli/style-transfer-preprocessed-512/knife/knife2-bottle2.png 109142 dd50473072c785cc05a12b7968afb8dc79b0f4aa02021618925f9715b81c3d20
stimuli/style-transfer-preprocessed-512/knife/knife2-car3.png 122046 eafb88cb421d57bbc304cd2e8c899b2b42b3e48b2727e72e4384f6975aa360be
stimuli/style-transfer-preprocessed-512/knife/knife2-cat3.png 94564 76eb9ad63967ec0f08a9afadcb1fdeaa28aa9ddf0ba3615476fe0b380a7bb4ba
stimuli/style-transfer-preprocessed-512/knife/knife2-dog1.png 113184 8de4cde04b10c3d852a4c6f7be579d534db0a80372e22c1cc114281280fd1337
stimuli/style-transfer-preprocessed-512/knife/knife2-elephant2.png 109675 48d100101e42188da1923b6cab1c9c727472f14b1237783670e1779d5111d63b
stimuli/style-transfer-preprocessed-512/knife/knife2-truck2.png 113299 82d2d1f6aad4cc144646ec923b38dd29bcbd9f74cc2d571f132f4122e5afd297
stimuli/style-transfer-preprocessed-512/knife/knife3-bear2.png 109631 948142226f8b1566340a6080cccf37fded2cbef0566e64eb7c9ceaa9fb3e7211
stimuli/style-transfer-preprocessed-512/knife/knife3-cat1.png 106398 2fc1b9ae7591d0ca845331fb2461be5c7c7b8e674adda8db8f159124a51b6944
stimuli/style-transfer-preprocessed-512/knife/knife3-clock2.png 110530 e0e026acdacf074108a33b5f6e2ee6f316d0f36e92147b7a3d28f9831f23547e
stimuli/style-transfer-preprocessed-512/knife/knife3-keyboard3.png 82052 7dbb8dc79805715419ddcde3eeb41176b221bcd18192490bb0ff59586812b341
stimuli/style-transfer-preprocessed-512/knife/knife3-knife1.png 109326 3bf5a91f58c4818cdceb6b591b0030ab2d49353967ec1e1e39159d1c61b0fd43
stimuli/style-transfer-preprocessed-512/knife/knife4-airplane3.png 93221 54227c862566dca31e3f3affbdc2e2e5c68e8a546a752793dc2dc592b4c4e069
stimuli/style-transfer-preprocessed-512/knife/knife4-bear1.png 117557 869efafa4dcd4c79e51d0eef72071ff98155109637ee50947705849ebc4d64a1
stimuli/style-transfer-preprocessed-512/knife/knife4-boat1.png 110324 58d7b6fbdc56737aac36dcea2ee1694eb9a0c461859dd76a99f51dbd1394552f
stimuli/style-transfer-preprocessed-512/knife/knife4-car2.png 111144 73466244de806478933976359401b66de526e5ff58df00472bb16c83619f456d
stimuli/style-transfer-preprocessed-512/knife/knife4-cat2.png 108443 a06edab8c60afdf211b4651a5b74d9ad0bad7bebb1add5cead51ca82b101f8c5
stimuli/style-transfer-preprocessed-512/knife/knife4-clock3.png 107201 d5205d0eb1f954a1f603987a2dd910036101bcf780071b1450ab3ae9a08fd28c
stimuli/style-transfer-preprocessed-512/knife/knife4-keyboard1.png 101519 40eb7409b52cf83bdf0f2585cba55503bb7163877a6387b76bae060d14d128a4
stimuli/style-transfer-preprocessed-512/knife/knife4-knife2.png 98099 60ed7f7c1bbf45771efe769159e61963f746cb6b63e287477c1e030ecc52c1eb
stimuli/style-transfer-preprocessed-512/knife/knife4-oven2.png 89363 015f01efe4409692a761280dce0bffc25599a22a7f3af2c26aa567f2aa10e0fc
stimuli/style-transfer-preprocessed-512/knife/knife5-bicycle2.png 120679 fd700de6b2ee7ea12398290f878e52c6d03eab4bd93e519ea4a99d565d8c6742
stimuli/style-transfer-preprocessed-512/knife/knife5-cat2.png 108790 b63eef7f4835d17cc50703447b266971125e070b4bcd9511e67324e458b4bf5b
stimuli/style-transfer-preprocessed-512/knife/knife5-clock1.png 116140 4167c874b01cdbd5207a2c6944a7023eabd243b8c912f162bedfaa097bd46319
stimuli/style-transfer-preprocessed-512/knife/knife5-dog1.png 112355 442e42ec2285f62c241aff64cdd1a959697c14014068e74c5d35dcdff7a2f48b
stimuli/style-transfer-preprocessed-512/knife/knife5-keyboard3.png 79013 4afcc621ecc1e7f80e557cbb4042137e21679826fcea69b694967915f82af224
stimuli/style-transfer-preprocessed-512/knife/knife5-knife3.png 87622 178fd6f64a5a5b9cfb529b07182c76207fd4317613c94ff9559e2228ab593965
stimuli/style-transfer-preprocessed-512/knife/knife5-oven2.png 90011 22223cf20e38242232c02a05396718c5604eeb071ebb16fb467a1a561270dba5
stimuli/style-transfer-preprocessed-512/knife/knife5-truck3.png 105489 fc98b4b11e5112f6663bffc33652e401ceacbb393e25a58a4f4ae2c9158c7bc9
stimuli/style-transfer-preprocessed-512/knife/knife6-airplane1.png 92295 8ba5617dd86f6cace174b7f37230da2d134657e1ba9532559858bea91480da21
stimuli/style-transfer-preprocessed-512/knife/knife6-bicycle1.png 130414 2b8737462f7ae330e1597d07bd069910d66b2329a92d2a3ad7b79e6338fc4ff4
stimuli/style-transfer-preprocessed-512/knife/knife6-bird1.png 91911 ef4293b74168a7a7025b3e73fb04c836deff32aa4225eb58a3dc09319ac5187a
stimuli/style-transfer-preprocessed-512/knife/knife6-boat3.png 118548 ee02e3a4a7cde9ca01e9b86df080525f14c652dd0f16bed32eb984f8c0517200
stimuli/style-transfer-preprocessed-512/knife/knife6-bottle3.png 119879 efbe5d45c06ae9a971113f302813a9fdf70d1a51e72a8a0a98b07bae62f4f0fe
stimuli/style-transfer-preprocessed-512/knife/knife6-chair3.png 101062 3f72fbc4117b20f879561ab32335bec59994480ffe9cf6d5fbbbc36c3f6c4541
stimuli/style-transfer-preprocessed-512/knife/knife6-clock2.png 110244 dfa363a1526f404ac40e953f2c746cd36a1fd1f2ad37a5d60a315c1a308adf02
stimuli/style-transfer-preprocessed-512/knife/knife6-dog2.png 99939 40b1ce2a5c5a9e61657375d5a987baaee454258a805e0e185cec35b4dbc2caa9
stimuli/style-transfer-preprocessed-512/knife/knife6-knife1.png 111106 a02a99fc5a5f458ebede23a38d6c29e6d2a6f8bc839baf446a8e52e0330cfd7e
stimuli/style-transfer-preprocessed-512/knife/knife6-oven3.png 92396 5e8bb799a442854769defd5443b046770620040c92cdce6951303070d5b9420a
stimuli/style-transfer-preprocessed-512/knife/knife6-truck1.png 116421 b0051590cc414c8986f87d48cca521a50b2578d55fd2207626802fa7b61c54cb
stimuli/style-transfer-preprocessed-512/knife/knife7-airplane3.png 98517 addc6d85eef8695454db8580a5506dd59305a41a13705ddea423640ba244dde6
stimuli/style-transfer-preprocessed-512/knife/knife7-bird3.png 93613 63c53672e2e7e8b2755097887b746752d6c0bb1eb557c061d5389492dbd06871
stimuli/style-transfer-preprocessed-512/knife/knife7-boat3.png 119854 befb17874939eeffc70e75c3bd54faa61bde5fabc778f39e911fc0428082ef02
stimuli/style-transfer-preprocessed-512/knife/knife7-bottle3.png 121510 0d142156b8aada85f51ac0d144060825417df82d950b1ab107c1ad9254f2f2da
stimuli/style-transfer-preprocessed-512/knife/knife7-car2.png 113999 fc26a3bbf4f568be532cf1174ad4406f40498684bcc23edf6de0e589e3d28540
stimuli/style-transfer-preprocessed-512/knife/knife7-chair2.png 104806 dfb57a03333a8f5d4feddf70e9587472647d74d91a734051b314084d9303289b
stimuli/style-transfer-preprocessed-512/knife/knife7-elephant2.png 110664 011114c6499fba4b7780790d41dd2b96db196e2a17a446999cc674537a6d4710
stimuli/style-transfer-preprocessed-512/knife/knife8-bicycle1.png 131213 861f73d9326bf185fc605124eeb6f5138fb8598dc1bb1758bb80ccd3f61a074a
stimuli/style-transfer-preprocessed-512/knife/knife8-boat1.png 111393 574a69e268e5412ba259055c05e7881643a470a834c1ebbe1c8eec68e76bce12
stimuli/style-transfer-preprocessed-512/knife/knife8-bottle3.png 120533 e80ce14fdc41269bc2e8d166318a8a3b4e7fe796f672a1f23fff05c84695bdc7
stimuli/style-transfer-preprocessed-512/knife/knife8-car2.png 112098 84000054338b8c9d881642ef84724d9d9a5ef7d058ac4796bb42c621d5c1df91
stimuli/style-transfer-preprocessed-512/knife/knife8-cat2.png 110422 0ef71d7b31f685a52e752eb67ffa6ebc59d9a5474d1579706a7a0f9a376f3eac
stimuli/style-transfer-preprocessed-512/knife/knife8-truck3.png 114616 c4cafac30c4df2ba95f6916f0204f30951d50f651186379e907c57a67db88611
stimuli/style-transfer-preprocessed-512/knife/knife9-airplane2.png 107658 d4af1e4b5c5ed4861e5e14fd2cff866d2989fd4e838f3c70185b5a49ce7882bc
stimuli/style-transfer-preprocessed-512/knife/knife9-bear3.png 113810 1aea7d7be4f743d06e0eb8f2fc16f64f32fef8ac2d1389d54b33c6554a749c47
stimuli/style-transfer-preprocessed-512/knife/knife9-bicycle1.png 130733 98311e475c31fa7c7d1fe9b682fba35f7502fd3d9a07df2208ce1cedd4902dfb
stimuli/style-transfer-preprocessed-512/knife/knife9-bird1.png 92918 ea1fc9e86b435ef28bb8f8c4926e03109e6fcc2fce6f7b5a93b6815f0785993c
stimuli/style-transfer-preprocessed-512/knife/knife9-boat1.png 112275 33e6dcfe053e589dadba17c5d52f53d66efa42c3cb4727460cc46a96fadc433c
stimuli/style-transfer-preprocessed-512/knife/knife9-bottle2.png 110384 c6fc1d4ebeb7bfa869a483a2f7f0390bf00cba48d89dc624a7a714f58eb85b83
stimuli/style-transfer-preprocessed-512/knife/knife9-chair1.png 97160 34076d378229f23d97eacbb47b0928cc76906b8ce17ed7fafd11b25d23bebecf
stimuli/style-transfer-preprocessed-512/knife/knife9-elephant2.png 110831 52fd60bbb94fc99558d5c128691d8ba85aeaa452d01d87f789806b5c3372ab00
stimuli/style-transfer-preprocessed-512/oven/oven1-bird3.png 88452 414d6778812071708745316d10392b5a7a8343cc3cc18ec5873e01aeec3aac11
stimuli/style-transfer-preprocessed-512/oven/oven1-boat3.png 113057 4b3db2d1dd96e32ba90181ec4855c306d47fa856f01d2292ea8fcb698eed7da4
stimuli/style-transfer-preprocessed-512/oven/oven1-cat1.png 105936 190ba0092e44f1fa4624b7a507fb2207d03df8e5cf87d107a6c3b93aba814493
stimuli/style-transfer-preprocessed-512/oven/oven1-clock3.png 108818 a3acfe2746f2eb2751b1ce356e01b5954823d9b943ed9e6f04f30dc1e72d4e68
stimuli/style-transfer-preprocessed-512/oven/oven1-dog3.png 103896 050960a1f0ad863733aa425e3336f06402acc4dffca6029b4b61e1b913d6181d
stimuli/style-transfer-preprocessed-512/oven/oven10-airplane2.png 101151 3246906f598938568a40099b25fbb81b797c95f6173ab688382e701b3654322f
stimuli/style-transfer-preprocessed-512/oven/oven10-bear1.png 121309 26ebca3c8be85ea19db320499be3dd247de5477510eaf5294f0ffea97d4fca99
stimuli/style-transfer-preprocessed-512/oven/oven10-bicycle1.png 132749 6715e8dccc4fc0d52718996e712c4ae1f755d69cbecd49524b2cc159328435f6
stimuli/style-transfer-preprocessed-512/oven/oven10-boat2.png 117194 72be2506a9ac041fc31bb30c0956c4fa9a110bf0b992aaf18397c244e9cf3630
stimuli/style-transfer-preprocessed-512/oven/oven10-cat2.png 111588 cbcec2ece3d4a743ac83bcf3e9efe89e4f98eba7d6a2ed71046d7625a49527d2
stimuli/style-transfer-preprocessed-512/oven/oven10-oven3.png 88122 dd0b3ea3913cf8c4680c59e8f5e85f937670e3cbc267a9fa59302e5d58d23d1d
stimuli/style-transfer-preprocessed-512/oven/oven10-truck2.png 109233 611f72e1efd8e7f8a273b89bc93a2f6332897b7103d40ac8e7e5c9e3cbd56946
stimuli/style-transfer-preprocessed-512/oven/oven2-bear3.png 117110 16294e993ec97c1317851cf30df8ff54ee9df04d55f4680978f5e2cdaf59cc0f
stimuli/style-transfer-preprocessed-512/oven/oven2-bicycle1.png 133629 4c4d19ac6c208c6a4f587bab2d1ac917029976b01acacae919fda6780d337976
stimuli/style-transfer-preprocessed-512/oven/oven2-bird2.png 108889 a78d846fe66f15cc1294bc11e813e207cfc91db387bcb721753eaa803c4de8dc
stimuli/style-transfer-preprocessed-512/oven/oven2-boat3.png 111503 0225517410a418ae6b9c213062a26ec3e332b32dc30060f3c3953790eaa6df72
stimuli/style-transfer-preprocessed-512/oven/oven2-bottle1.png 124530 301e39c959e247da0f6692e449d0b1e9526c06b449953a78dbbaaf385f2b879c
stimuli/style-transfer-preprocessed-512/oven/oven2-car1.png 113543 417228679cf369e02e1dff4be43795d54c592b0636a970fdbd3575e7a3856f93
stimuli/style-transfer-preprocessed-512/oven/oven2-chair1.png 98241 2fb366dad6b2869f7fb92b3239631ee198dcc50d332c5a3ab4a453a5f082c5b4
stimuli/style-transfer-preprocessed-512/oven/oven2-dog3.png 102362 bc21dc030a75f0e0cd0d2c18cd14eb7412eb03e39a7991874cb1b045bcc79b4c
stimuli/style-transfer-preprocessed-512/oven/oven2-oven3.png 86620 967bdb553f70c1c4bae6aceadf790ee7ce46cbb28e54acf82199595eaa508132
stimuli/style-transfer-preprocessed-512/oven/oven2-truck3.png 102014 33062a9a5ff9ab2def52a4923941f210b0e6773dc4f5313a0f76d3c819dcfa23
stimuli/style-transfer-preprocessed-512/oven/oven3-airplane1.png 96249 cd6fc75f9b78a9ab27117fd0793f79323dddc467e0fb879c864c7dcf9b2a1c51
stimuli/style-transfer-preprocessed-512/oven/oven3-bear2.png 109945 ff87d559562580c1f0877d777f809a040e3066af86c850b90684858e0e0aec5b
stimuli/style-transfer-preprocessed-512/oven/oven3-boat3.png 113005 1d888bdc79520f64285751c1fc86fa6ca10095eeacb3ae5e454f0b888140cbf3
stimuli/style-transfer-preprocessed-512/oven/oven3-bottle3.png 119387 803e7cae4ecf8a28b06a31eff17bc0dbacb00edb7e42a8c1282fad26cbb65eb6
stimuli/style-transfer-preprocessed-512/oven/oven3-car2.png 109194 cd954ee2fe589b1136bd832ffb503b876a807c14fd3193108bfc73b916dea9ff
stimuli/style-transfer-preprocessed-512/oven/oven3-cat2.png 111528 d9fd65803128552e54d90c2999cedc93a4bc74e90393dcf677b2d76b18308e04
stimuli/style-transfer-preprocessed-512/oven/oven3-clock3.png 108624 a469e1f0b2bc7dbc77eceeeb9fd5142df1734cb72911231b1fa11a69547415f6
stimuli/style-transfer-preprocessed-512/oven/oven3-elephant3.png 114761 e337eaaedde493aa164cca24ee96d6e502b3d480c129577a59cf7eb2c351be30
stimuli/style-transfer-preprocessed-512/oven/oven3-knife1.png 109447 43d515c82bb09967dd909fbce69784104aee3f6d0e76246c96ccdec945c38c9f
stimuli/style-transfer-preprocessed-512/oven/oven3-truck1.png 114889 022743b3bd1a76450438776e7b7f3b61e9bcf244502d6abe0bc87bb43573638b
stimuli/style-transfer-preprocessed-512/oven/oven4-bicycle2.png 125221 a8e3237ce56111b650eb45d699221b579ea30a603ef757b0f32ddcd787e027d9
stimuli/style-transfer-preprocessed-512/oven/oven4-bottle2.png 106773 8bf752b59ba857deb35f23a0dab4fc03731c36a9fd446cd5f48acdf8885d27f5
stimuli/style-transfer-preprocessed-512/oven/oven4-car1.png 111871 73db728d7c44138de6b6a7cf979b1dd0052d155ed6abefeaf00c570aea8ce4db
stimuli/style-transfer-preprocessed-512/oven/oven4-chair1.png 98016 55ff642f5eff288bd92cea41631ecbab6ad25f8d56328b7af6adf57facbc01c5
stimuli/style-transfer-preprocessed-512/oven/oven4-clock2.png 110548 82f1d16fd5f85a53f0e7af9bd19e0a3ab1ec24246c9509303e902fb54dd0b7ef
stimuli/style-transfer-preprocessed-512/oven/oven4-dog1.png 114887 a81befed369c58b4afd7126abe2321fb5a44c895ed997b4ccb9db82c283979e8
stimuli/style-transfer-preprocessed-512/oven/oven4-elephant3.png 114399 b345e00c3b2f422bb4f7679acd476978469bf9f697e22d165bf1991b168f6c36
stimuli/style-transfer-preprocessed-512/oven/oven4-keyboard3.png 79986 c1d8e7166c7e2ce59034d5d92c5be9c91b794603d12d7723d99538662094e8df
stimuli/style-transfer-preprocessed-512/oven/oven4-knife2.png 98407 6205c22daed39cf717edb19dacc690e5064fce8ae465dbb0de076fda547b3c0f
stimuli/style-transfer-preprocessed-512/oven/oven4-truck3.png 104126 faee89ccc8e1ded4fa3d62e0747e130f948411ac2e26631df08ec1d281e4707d
stimuli/style-transfer-preprocessed-512/oven/oven5-airplane1.png 95530 55cb961602d2a09036a9a0e5e2f49211606e053888fcade3fec9fc4344cc0712
stimuli/style-transfer-preprocessed-512/oven/oven5-bicycle1.png 131852 d762a40e89ea51e5f4c572113f24a5badc5b96158d078e576b7dc54efd2a499d
stimuli/style-transfer-preprocessed-512/oven/oven5-bird1.png 91408 49b59cc2f83ea6d64b36fdac301077569989476fab61205fe371a1ac1f809c95
stimuli/style-transfer-preprocessed-512/oven/oven5-bottle3.png 118219 1e4e158afeb52652d3df9d881cd9b0e59e98c43027d871df0f63ed94fb1e1fb1
stimuli/style-transfer-preprocessed-512/oven/oven5-dog3.png 101096 60f223f3bc8bdd459d069d1ef1ae63c709da1159d5b08093e498f93260ebc3d2
stimuli/style-transfer-preprocessed-512/oven/oven5-elephant1.png 112113 3645376e0c1cdd570fde6f32e0277a3e0cc6574130b9d4347d671a8d5ba41dec
stimuli/style-transfer-preprocessed-512/oven/oven5-keyboard2.png 91330 98461640fcee01cd66223b47c9694337656048cc56f3d546a755ede51576220d
stimuli/style-transfer-preprocessed-512/oven/oven6-airplane3.png 93920 7954dbd24d4beab5151b5a5b8a348a0fee2fefa645df0116d49cc2129b9c81bd
stimuli/style-transfer-preprocessed-512/oven/oven6-bear2.png 109783 01b3f5bbccd20d83b37c5462ef428d05d7d362c069399faf3e43bc0312a8b292
stimuli/style-transfer-preprocessed-512/oven/oven6-bicycle1.png 131954 85d2d7371b3a422a0a533be12ae82165f9c789b604bce6ef9abd1cd61a6e9e63
stimuli/style-transfer-preprocessed-512/oven/oven6-bird1.png 92310 fabd9509bfda9604209f2786ffb9d2ea0b8d24912a149d555540e1f79bf7bf3a
stimuli/style-transfer-preprocessed-512/oven/oven6-chair3.png 101049 ba0c22b66774727b367d6e2b3771a492987ef3cbef66d6cb8c875f4a779f719d
stimuli/style-transfer-preprocessed-512/oven/oven6-elephant2.png 110909 ebb490813641293c1e1a13eb886525addd820387bd0efa9e847888b205390633
stimuli/style-transfer-preprocessed-512/oven/oven6-knife3.png 87216 04509893f83b688feb4b1bcee1f348317dc3e44b5f6f8ec4abcd53798b056497
stimuli/style-transfer-preprocessed-512/oven/oven6-oven3.png 87598 dda9a754c15f63eed9ac6126c918f87f7427fb5979c2456b28c752f9b05aff44
stimuli/style-transfer-preprocessed-512/oven/oven6-truck1.png 113542 c20a7c1c18faf9b9607565e9aa83fb9df9e5231e72be7744c7f46d18b0dc60ee
stimuli/style-transfer-preprocessed-512/oven/oven7-bottle1.png 123235 5fdef80b74e2fdd9ce400c458d468ab9b5f3deb184c6e041282b8fed14882dbb
stimuli/style-transfer-preprocessed-512/oven/oven7-car3.png 122423 f71b98e97b4d2ad0c6a2f2aa3b8b5899c897630c2cc55f9125968428ceb2f2cc
stimuli/style-transfer-preprocessed-512/oven/oven7-cat1.png 106576 bd3b6d39f643658f3133286544b5b665f20ff58cde3737837cb03a79db3b2679
stimuli/style-transfer-preprocessed-512/oven/oven7-clock2.png 112348 e61940ceec85a146b17302c99e33f44f1307ba9c5a887f02e796746cb91a0d9c
stimuli/style-transfer-preprocessed-512/oven/oven7-dog2.png 98553 31666e2f798d797f57e2700038aaa0dd0f0afea623b7c827260b5ae55d9f6dd6
stimuli/style-transfer-preprocessed-512/oven/oven7-elephant1.png 112925 3ab6070e9bdc10a9e6c92cbd5aae9db1a68cfc0bc6c5fb9309bbe28953366501
stimuli/style-transfer-preprocessed-512/oven/oven7-keyboard1.png 105689 29d61812937dfa3168dc85cd9b2a24879dbfc9a13fb4ace8105973c0ba8fc5e2
stimuli/style-transfer-preprocessed-512/oven/oven7-oven1.png 87376 e9a3bed61e855916c946eb39c73a715cacbfbab122c9c1a0e194071e9fde1090
stimuli/style-transfer-preprocessed-512/oven/oven8-cat3.png 91936 1f2da2a3e028e2db5e8dad8dcb982cac1eb04cb5ec0290ee66061f262b17b84d
stimuli/style-transfer-preprocessed-512/oven/oven8-chair1.png 97563 0ad19c0381f0c3ca38fedb6f65456bc146eb5cb51061f4058a9f025a7b4a6b4b
stimuli/style-transfer-preprocessed-512/oven/oven8-keyboard3.png 76045 f4b8e9af56a63606ed0ebf9cb804191b1725c2e45ab23b3585a51ed2e7cfc4c1
stimuli/style-transfer-preprocessed-512/oven/oven8-knife2.png 99988 93f24409a1d24cf94079e221cd68f1b3a4c1b1f107af0fa2ff6cc1e3bce5cb77
stimuli/style-transfer-preprocessed-512/oven/oven9-airplane2.png 101028 36c324c6fe1b0dbf8e10a779e022941a1536197a7f41659b1b146d9e85809c73
stimuli/style-transfer-preprocessed-512/oven/oven9-bear2.png 108183 0399e3e95171498ef653bed2ec814a1721df1776c2006d8db20ad4e1a61955ee
stimuli/style-transfer-preprocessed-512/oven/oven9-bird3.png 90337 4d301403997367e78a99259290875c97917e778a98520c88d83df57f8fb3e3f9
stimuli/style-transfer-preprocessed-512/oven/oven9-boat2.png 117531 f67d8ff972e72eed17ac46b21bb2d8cab81ae325f9f3db936256ab24a67a6685
stimuli/style-transfer-preprocessed-512/oven/oven9-car2.png 107794 68008040306e9a54f01de8a085d0c43c629252509f4f3b2185ae46af5b2af8ff
stimuli/style-transfer-preprocessed-512/oven/oven9-chair1.png 94323 9d655e3c9961b39c8a06d81b36a5cfc93633e85576394bfec289b9d00db794b0
stimuli/style-transfer-preprocessed-512/oven/oven9-clock2.png 110159 9c907c10c3a83f5b272d22e5a7f93dfdec2bc6f0060143eb9b3c4e103f78abe3
stimuli/style-transfer-preprocessed-512/oven/oven9-keyboard1.png 105020 80daada9e72032e4a8f58c59f0febabbf1522e226f0638659042d2520bc54a7e
stimuli/style-transfer-preprocessed-512/oven/oven9-knife3.png 87388 8bed0977bc3b26c68d5da454d2e8ac34e3903b098b90e15576f205b51bbd2da2
stimuli/style-transfer-preprocessed-512/oven/oven9-oven1.png 85309 f097ac0102c45ec69fc3cdcfcf3294ad698d37b839c0d21e21986bb62a0114dc
stimuli/style-transfer-preprocessed-512/truck/truck1-bear1.png 118858 19f5113e231badedfd7cb721579731bc3250c9542f595df216b1a456fbfedb66
stimuli/style-transfer-preprocessed-512/truck/truck1-bicycle3.png 124255 ac275e6a73da0a1a783d390e3d3aa35877036f7ad78d7d6e362d3295ab17ae43
stimuli/style-transfer-preprocessed-512/truck/truck1-bird1.png 89436 9eb84f3097660d59fd6b5cadde045309279492def73fd691523be617fe9363bf
stimuli/style-transfer-preprocessed-512/truck/truck1-car3.png 118405 4a597b089a1d9c524e57c94109e0d1893621f0a01fa5963e659c8dd3a244c13b
stimuli/style-transfer-preprocessed-512/truck/truck1-cat1.png 103796 678a0f9fb99603604b53a9db1ea7db2da1cada12aa38dee56f289ab97cbdb8f8
stimuli/style-transfer-preprocessed-512/truck/truck1-chair2.png 102585 c28839b6f117ac13b5f2c4f20eca62455a3eafad794eea3e3899107d3ea23687
stimuli/style-transfer-preprocessed-512/truck/truck1-clock3.png 104236 bab9be893dbae38c00ebdee6d919d4366b96efedeeed67001cdc731fea3a621b
stimuli/style-transfer-preprocessed-512/truck/truck1-dog1.png 114241 65936aa0d5eacbc8f539e79dd0149ae8fc9edb38416b02ce9be68602bed19ddf
stimuli/style-transfer-preprocessed-512/truck/truck1-knife1.png 105802 d33fdeb8115874ceaac6317f92e279cf1b1d8599de55d9bb8fcd6493bb7b0641
stimuli/style-transfer-preprocessed-512/truck/truck10-airplane1.png 94804 24847999315509d9a5cba46cd8f3a445d3b4e230e7c517972f8be264ddc634e5
stimuli/style-transfer-preprocessed-512/truck/truck10-bicycle1.png 131966 94b161d1e2267b00db88732b397890100d3fc14d3ca36fea856d8ffec183e3ef
stimuli/style-transfer-preprocessed-512/truck/truck10-car3.png 120436 2e28e6b7368b50e7603fc1259e9bda5dbbe96a61a140f951b6461e93939500e4
stimuli/style-transfer-preprocessed-512/truck/truck10-clock1.png 114321 2eb1a3d5ecd0dda73ef385d019cf455f0b8f3775e491574d4935716929f68d03
stimuli/style-transfer-preprocessed-512/truck/truck10-elephant3.png 114078 6ec77b0373452f9c4267e1183c78ca5cde377fd7cbb8e7f6e7b0b975f17f61b6
stimuli/style-transfer-preprocessed-512/truck/truck10-truck3.png 100926 b8d60697a60c69cbd2dacd4894049bd69dfb61f0198201efad06219a34af4042
stimuli/style-transfer-preprocessed-512/truck/truck2-airplane3.png 91614 b8c4809bdccacda41d5083e9f190a4c90e785dc632915a91ef44cb3d95a45a11
stimuli/style-transfer-preprocessed-512/truck/truck2-bicycle2.png 123936 d8e5d288a1d9071f0a5f85d48514cae400cbb95d4474c15abdf9179342c1c25e
stimuli/style-transfer-preprocessed-512/truck/truck2-bird2.png 107822 d1a3787ec1f95af09b2a6650c457c9ae4b2355239d148a64a2d95f5022ee0b79
stimuli/style-transfer-preprocessed-512/truck/truck2-boat3.png 112177 055d121224e084e40ea6a13b5ff51a099ecc41b0b112cc808b708078a4761aeb
stimuli/style-transfer-preprocessed-512/truck/truck2-bottle3.png 118806 f9d83b89598da2600952ac02fd7f1c78db75f18287adb340e65bfde18e42859b
stimuli/style-transfer-preprocessed-512/truck/truck2-car3.png 118486 14c3dcbe8c1a13c3cb2af05d1c45618a4e0ea868d750d49c43436baba977476e
stimuli/style-transfer-preprocessed-512/truck/truck2-chair1.png 93284 27ad2a3dbad8cd48fe43af1d68f7c96cc13349496e78fa993f438fdcc83adc66
stimuli/style-transfer-preprocessed-512/truck/truck2-clock1.png 114363 535c44861f6b89043a9a20ca18313294c3619a9a8f63b96eaf056f052ad945c6
stimuli/style-transfer-preprocessed-512/truck/truck2-elephant1.png 111937 c4c042474ea5aa425cebb2d2395499f99b5769b350463268cf08b01fdcc768cf
stimuli/style-transfer-preprocessed-512/truck/truck2-keyboard1.png 102325 f8afb50043a424f147a613fe8d5370d68b7ff3ef4a3ccf8255aaf826c892e314
stimuli/style-transfer-preprocessed-512/truck/truck2-oven3.png 86844 4ddc07890b68e6a81bdd8d272cf1564eb8a7e6e35796e4c94aeec569e1f88021
stimuli/style-transfer-preprocessed-512/truck/truck3-bear3.png 112443 ac17ea45f623da4ec8ad41ccc2bf45891c45669a3008a8f16e618aae36ffc6ea
stimuli/style-transfer-preprocessed-512/truck/truck3-bicycle1.png 131504 0d8b59cbee91f32be9a6a9c3e84ee93b4c34e0f3857d55a3d0cd1d7837eab4d7
stimuli/style-transfer-preprocessed-512/truck/truck3-bird2.png 107410 4be22fe5aa377227165836213d42c988267829f4be1ef6389d9c5ec1121ead2d
stimuli/style-transfer-preprocessed-512/truck/truck3-car3.png 119571 89bc58f51bdea1b9d59fca08c1af3ddf94dffe2222c92abddbc8929fe5270619
stimuli/style-transfer-preprocessed-512/truck/truck3-cat1.png 104650 94527dd664adfa6e4d666752ac18685eaeda98ce2ea295b05eb39f7f8647fc0a
stimuli/style-transfer-preprocessed-512/truck/truck3-chair2.png 103603 56f90c607c1812951594c51591fd507b87537a35f363d73d8c6daba84224e3e4
stimuli/style-transfer-preprocessed-512/truck/truck3-clock3.png 106648 1739b94d2437c07c2cd395c75dda99e0ffc789b7c05672b2294a8c683369ac86
stimuli/style-transfer-preprocessed-512/truck/truck3-dog3.png 100464 024251b31073fdd82916b665dfebd82ec0545c348ff8ec0cc0626e96a438dd31
stimuli/style-transfer-preprocessed-512/truck/truck3-keyboard3.png 73178 55684e5aeaf752da523bcb1390eb48188e84c4c76c48928af17a009cfe05740f
stimuli/style-transfer-preprocessed-512/truck/truck3-knife2.png 96223 2ac00b440c8db2e0188fbad4c281f2852ae5ee6ede58d7f9bb90a6634b9f2ad2
stimuli/style-transfer-preprocessed-512/truck/truck3-oven2.png 83829 2209edef65d8a7cb0db14019f7e0e97c53cef892e93e834e400bc783d690638a
stimuli/style-transfer-preprocessed-512/truck/truck4-airplane3.png 92409 1d478b2cf13bdd4c021806ee3daf753e8b022f48758413ef0f51eb2f5a43a5ca
stimuli/style-transfer-preprocessed-512/truck/truck4-bear1.png 121560 8ffe4d94fc195945596054fc52ee323be5f027eaba0c6e78f21b41897dae7ba5
stimuli/style-transfer-preprocessed-512/truck/truck4-boat3.png 110351 b7d60f6dae5c6016c44ad4d6f7d00ab64535e6f5321c8745e37ca4be2eccc079
stimuli/style-transfer-preprocessed-512/truck/truck4-bottle2.png 106050 ff9fa5b5d1cd76bd61653e3865a95b893cbaba4a36a92beea374a2facd58516a
stimuli/style-transfer-preprocessed-512/truck/truck4-knife1.png 110424 25353c1dbb84f4bf48de9853926103e92c95509d2642f8f6d5beda3c294f426e
stimuli/style-transfer-preprocessed-512/truck/truck4-oven2.png 85317 3c036313280332937b02925f8c14397d06fc0704a20608ebdba5bba709765511
stimuli/style-transfer-preprocessed-512/truck/truck5-airplane2.png 98990 7d01a3e879dbffa76f1cda443126a72ea62cc07a9e2b12ff1841d1fd321f7464
stimuli/style-transfer-preprocessed-512/truck/truck5-bird2.png 108020 a13a06cf85b86c6a0d0206d4e849b98c2cdaed5ce4f26f22f9283d6fcc4024e1
stimuli/style-transfer-preprocessed-512/truck/truck5-car1.png 112482 e781fcc77dee8e5a4c71e1856a97feef4e81741fdefb4fa0889cc89741962736
stimuli/style-transfer-preprocessed-512/truck/truck5-cat3.png 92105 44ca4733a9b6388529426771fe0efd18ffd7140930812cd0e07521679db7bf0c
stimuli/style-transfer-preprocessed-512/truck/truck5-dog3.png 101268 00e2cf5a636e2bbc4cff405b7d4e63b143a3fbca6edf7f0ec449226faaecd358
stimuli/style-transfer-preprocessed-512/truck/truck5-keyboard1.png 101401 b9211dd4fd51b5e0d33996492bfcc7bf9d5b58c676f6d91c2c51ae7f8f92fa9c
stimuli/style-transfer-preprocessed-512/truck/truck5-knife3.png 86587 7d4a430592c684ac036ae9e6537d2695c50975dd04c4ff09f38bcd12cfa79163
stimuli/style-transfer-preprocessed-512/truck/truck5-truck1.png 110998 2a2efb54aa1a0734a4f0cfce25e03913ed5c4c07e81cc07291271befffd10ab2
stimuli/style-transfer-preprocessed-512/truck/truck6-bear2.png 109862 857e9fcc12e6d1fb40fe181ae80dace5943b37f034e2536d5dfec41bb4a55a2a
stimuli/style-transfer-preprocessed-512/truck/truck6-bicycle1.png 129349 0d67331ec8367f756e5fd2c72991eb4bd19e9bdcbabc7b2993604c7780ab65c4
stimuli/style-transfer-preprocessed-512/truck/truck6-boat2.png 115235 584cb48928504c91be1877387a2e7a9cbda182ca21ff14746608d47ab756db3e
stimuli/style-transfer-preprocessed-512/truck/truck6-bottle3.png 116827 88961ad809f31cfb4593fa91cd95f74bac8a711f33a6df13b4f0afbd84505cb0
stimuli/style-transfer-preprocessed-512/truck/truck6-cat2.png 109879 54a280e7d50182f2328a98e3e104fa5631a9ccf854f9e5c4a9f095431151fa1f
stimuli/style-transfer-preprocessed-512/truck/truck6-clock2.png 106363 07be4e6d3769f40cec265a949e43bf010a1f03ee9d672c489471992324764a37
stimuli/style-transfer-preprocessed-512/truck/truck6-dog2.png 98034 32d3fa6f3675e93ba1fadabdfcdf32d2cd9e9cb76c64c7ea574d755f403a5dfe
stimuli/style-transfer-preprocessed-512/truck/truck6-knife2.png 94727 b74f7faaef144356a284ab3555d17c798545a4ad50ede34936cc878251c004de
stimuli/style-transfer-preprocessed-512/truck/truck6-oven3.png 87048 f1f4fd2c0903564aa298c402c4cd28992293d84804918112683b481e876a0b8b
stimuli/style-transfer-preprocessed-512/truck/truck6-truck2.png 109815 de56429e9e3f502ca20aeebc7e8bcae0b98ceef08308122f4fce3d5f6172c574
stimuli/style-transfer-preprocessed-512/truck/truck7-bear2.png 109460 068ea77a6105967385f773d83c5f44a82ab7934c0e6bfef6b6192d6069ae1b93
stimuli/style-transfer-preprocessed-512/truck/truck7-bird2.png 106658 980fc601f7504f72b1aaeb4b6b28aea6d6613d8d4efe29e21e6c91dd4b1fb66a
stimuli/style-transfer-preprocessed-512/truck/truck7-boat1.png 106258 009a0fe6637dfc7a27b32f8eb6fa75123cc72d0c5624dd0fdaf4af0a35e78d50
stimuli/style-transfer-preprocessed-512/truck/truck7-chair2.png 103135 5fe894a3ce103c212da468dbea6314a38a44f861eef4ebe4c129e04e737858c8
stimuli/style-transfer-preprocessed-512/truck/truck7-elephant2.png 110610 e0aff39c8da7aba78f5503c7e931fefb0f0003c47e2cab4308ea71d7a86784c5
stimuli/style-transfer-preprocessed-512/truck/truck7-keyboard3.png 77877 616c0f46e46a127b987bfdbe62d4bcde2fa402f0d9764abf240b557e888ed2d0
stimuli/style-transfer-preprocessed-512/truck/truck7-oven2.png 86400 45ce5ed473365e1ac9cd09b9ea55a4cf93a944fd61f6b15a2fa0f08c22563e18
stimuli/style-transfer-preprocessed-512/truck/truck7-truck2.png 110309 614b602d8d0c02b7eb9f486dfffef84c1b3241ab529d6c7ae1f31ce375843f3a
stimuli/style-transfer-preprocessed-512/truck/truck8-bottle2.png 104941 5bb20039abe3ad251f8846bc57254503cbe2ab9049a3a876f55a22c302505ef6
stimuli/style-transfer-preprocessed-512/truck/truck8-cat2.png 110964 724a511da0169feb9237edfcddfc91e031275fcc5bce48783da721473d74be3d
stimuli/style-transfer-preprocessed-512/truck/truck8-dog3.png 101076 d7734760fd70625f03e3cffa02f15a619e359af9bb0520ae134b623b82219ad4
stimuli/style-transfer-preprocessed-512/truck/truck8-elephant1.png 112045 a73e6110d358a2a88be973e47d9455ed2d13a9e39f683849d0c4427a1899f423
stimuli/style-transfer-preprocessed-512/truck/truck8-keyboard2.png 95862 915b438d7ed0680a011be91cd0267e7127b49894b59e9084cf2b4b957687d93d
stimuli/style-transfer-preprocessed-512/truck/truck9-airplane2.png 98792 e5af637b79f5df16876bc2c913ed640d1a4270e7d1c0bd1f11b6fe3769da037f
stimuli/style-transfer-preprocessed-512/truck/truck9-boat3.png 109945 f7184f9e51303b4a5b6f844906169ad005ff6d0b156806a37e9f7c29cbb108aa
stimuli/style-transfer-preprocessed-512/truck/truck9-bottle2.png 105493 1499ab92fb2b2f957d3f25a5ecd5231037a07fffb6a7b9c234af2ea4e3649413
stimuli/style-transfer-preprocessed-512/truck/truck9-chair3.png 100911 dcc72fa7c3cddedace3808be2fc58eda26fa025fc2ced64b423f0777302d2cbd
stimuli/style-transfer-preprocessed-512/truck/truck9-elephant1.png 111977 f40db12ad057471b68c61dca11696dd99a9254137b517b0fd8815691531b9c40
stimuli/style-transfer-preprocessed-512/truck/truck9-truck3.png 102011 3739c517f6a5e3dd3b5f6dd02e23bff9af61510068d04208142f4bf01168ca83
"""

_MODEL_VS_HUMAN_TABLE = """
licenses/CODE_LICENSE 1071 b10f9bdde0b85a7424b02efda8678144de24a77941b874ed442590807f49c7ed
licenses/LICENSES_OVERVIEW.md 1776 67547494f0dd18c0791af502624079e9a815968194be2f306e57ec2bce658f36
raw-data/cue-conflict/cue-conflict_subject-01_session_1.csv 116385 8e100c7aad0e4ab891cb16a1fea9768edc882f9e47369549d45aa765b0897b1a
raw-data/cue-conflict/cue-conflict_subject-02_session_1.csv 116988 e9988e3eee0d4f9500fdf626d043e8382e96032a3f791b0d4886807a46e632ad
raw-data/cue-conflict/cue-conflict_subject-03_session_1.csv 117186 d3907fee2e612e6cd13c316a069f2e5fd41b0a55218b79be9537e1276c507d88
raw-data/cue-conflict/cue-conflict_subject-04_session_1.csv 115974 1d7b093f1174229a68e3bfac2f68877b2747bac001ad4aadbff5d5f89a44630e
raw-data/cue-conflict/cue-conflict_subject-05_session_1.csv 117282 f7e69864b7a981f6daaf51d9fc9945b185020e482956b38f477bf8eec9a5fa86
raw-data/cue-conflict/cue-conflict_subject-06_session_1.csv 117128 b63d7b4c52374a583f5e342aab46de5c445ef314501abc4b36736531c4d5f532
raw-data/cue-conflict/cue-conflict_subject-07_session_1.csv 116855 75959b12b8ccb9a265e20cb2beef05ac0dbf4052746742dd7e88818e69e2774c
raw-data/cue-conflict/cue-conflict_subject-08_session_1.csv 116968 b50f6956933c0a20eaf19e846c1fb5896068550da4597e8a7fc30aaf557ea02f
raw-data/cue-conflict/cue-conflict_subject-09_session_1.csv 117133 c94aba7fb9bf6887ec2fd0f554b145a6ed66c295b26a5c19594e1c0174253878
raw-data/cue-conflict/cue-conflict_subject-10_session_1.csv 116728 aa7b4f124bf605fd614b704d7556bb1a8088364b3113f9f918257b5cd3925f1b
raw-data/edge/edge_subject-01_session_1.csv 13454 e4b737c8fd3849a55fa9c037de9ba59d29a4cbc291e6ec06347c25758feac0f2
raw-data/edge/edge_subject-02_session_1.csv 13467 d4726cbc9ec15020cad3942fd55d6bbb946cb607164ca1661356d579158b00b0
raw-data/edge/edge_subject-03_session_1.csv 13426 6b2e8a93ceb81d676ebe13a8b8ea724794f08d7d0d536c6f8b0ca360abb2f524
raw-data/edge/edge_subject-04_session_1.csv 13399 76d67ec52994f6c41eb5ae443fb2b4234efb29d12245f23cbd235a4e9f9c52e7
raw-data/edge/edge_subject-05_session_1.csv 13448 e2ae02950ce27b66bbf78b95bf8140034e4d85d9a815bab29bdb8b9d4491b976
raw-data/edge/edge_subject-06_session_1.csv 13453 09070d0a650b99dd27de93db75a3b333e9a317318679aa65ae759219e1442332
raw-data/edge/edge_subject-07_session_1.csv 13388 7d3c41afd852beca3e6c5899bfb0ea309ec684deb5132cf7802a818587e8298f
raw-data/edge/edge_subject-08_session_1.csv 13464 f54aa000f906c3e377da838e8cb6a2e47f6370042baa15a282b12eef4b329755
raw-data/edge/edge_subject-09_session_1.csv 12860 5815bf679529a4d31d0c5af11d7f60aff15d55261aaa8bebf86f7d0e4fb1709e
raw-data/edge/edge_subject-10_session_1.csv 13452 d3d52d6ae95158f74da7f630096501c7417156b2fb474f9716bf51fcb5a5a0f8
raw-data/silhouette/silhouette_subject-01_session_1.csv 13526 34e1a7352b9494d6030e75ee356df8b01e980c51effd8088171b33e599359901
raw-data/silhouette/silhouette_subject-02_session_1.csv 13319 a5075b5adf4452ebce0d198229f96028e965cb9f3539f0bc08045e5b6d93d2f9
raw-data/silhouette/silhouette_subject-03_session_1.csv 13426 94087eb34ac2f7f3ba04b753667c0a8be6d9e191a90728f47788f444593ef932
raw-data/silhouette/silhouette_subject-04_session_1.csv 13447 28befd9b2f3acbe2aeb1216c4eea039ec5fd177db472d0cb49dc370e96fce719
raw-data/silhouette/silhouette_subject-05_session_1.csv 13336 230304aa89ce61d7c888b74a73b4601ec94fc42e00b5dd56cd58b32f11da12a0
raw-data/silhouette/silhouette_subject-06_session_1.csv 13366 31480745aa878a6e53d75b61794d58a1501a79b6d2f6679d3449b8ec74a5bc6a
raw-data/silhouette/silhouette_subject-07_session_1.csv 13417 598fcce05f3ba19a943a5c99da068bc2492e287849ef5331f3e741b531a3ae64
raw-data/silhouette/silhouette_subject-08_session_1.csv 13373 da80bc431330e8af14287ea7b1d19caffeaae8283a41935d53da038efb642fd5
raw-data/silhouette/silhouette_subject-09_session_1.csv 13391 a35f3ba5fd78990068c5fb70c4ba03cd325128a3fea8826c47df43dfdbd40732
raw-data/silhouette/silhouette_subject-10_session_1.csv 13409 9fd39d41e6396ba0a5b6aaa2a6ac8c9ce351da03cf03e64cbfbb690e3e28196f
"""

#: The image files and the repository's dataset license.
TEXTURE_VS_SHAPE_FILES: tuple[DataFile, ...] = _data_files(
    _TEXTURE_VS_SHAPE_TABLE, TEXTURE_VS_SHAPE_REPO, TEXTURE_VS_SHAPE_COMMIT, {"": "CC-BY-4.0"}
)
#: The human trial files and the repository's license files.
MODEL_VS_HUMAN_FILES: tuple[DataFile, ...] = _data_files(
    _MODEL_VS_HUMAN_TABLE,
    MODEL_VS_HUMAN_REPO,
    MODEL_VS_HUMAN_COMMIT,
    {"raw-data/": "CC-BY-4.0 (per licenses/LICENSES_OVERVIEW.md)", "licenses/": "MIT"},
)
#: Every file this module reads, with its pinned origin and checksum.
FILES: tuple[DataFile, ...] = TEXTURE_VS_SHAPE_FILES + MODEL_VS_HUMAN_FILES
