"""CLI for persuasion techniques: SemEval-2020 Task 11 prediction, evaluation and training."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import typer

from newsprobe.errors import Code, DatasetError


def _model(model_dir: Path | None) -> object:
    from newsprobe.components.techniques import MODEL_DIR, TechniqueModel

    return TechniqueModel(model_dir or MODEL_DIR)


def predict(
    articles_dir: Path = typer.Argument(..., help="Folder of article<ID>.txt files"),
    task: str = typer.Option(..., "--task", help="si (find spans) or tc (label the template's spans)"),
    template: Path | None = typer.Option(None, "--template", help="TC template: id<TAB>?<TAB>start<TAB>end"),
    model_dir: Path | None = typer.Option(None, "--model", help="Model folder (default: the shipped one)"),
) -> None:
    """Predict SemEval-2020 Task 11 output rows (party names found with spaCy NER and masked).

    Example: newsprobe ptc predict --task si articles/ > si.txt;
    newsprobe ptc predict --task tc articles/ --template tc-template.out > tc.txt
    """
    from newsprobe.evaluate.ptc import predict_si_rows, predict_tc_rows
    from newsprobe.ptc import read_articles, read_template

    if task not in ("si", "tc"):
        raise DatasetError(Code.BAD_OPTION, "--task must be si or tc")
    if task == "tc" and template is None:
        raise DatasetError(Code.BAD_OPTION, "--task tc needs --template FILE")
    articles = read_articles(articles_dir)
    model = _model(model_dir)
    if task == "si":
        rows = predict_si_rows(model, articles)
    else:
        assert template is not None
        rows = predict_tc_rows(model, articles, read_template(template))
    for row in rows:
        typer.echo(row)


def evaluate(
    ptc: Path = typer.Option(..., "--ptc", help="PTC folder (train-articles/, train-task-*.labels)"),
    folds: int = typer.Option(5, "--folds", help="Number of folds, by article"),
    fold: int | None = typer.Option(None, "--fold", help="Score only this fold (default: all)"),
    model_dir: Path | None = typer.Option(None, "--model", help="Model folder (default: the shipped one)"),
) -> None:
    """Score SI (partial-overlap F1) and TC (micro-F1 on gold spans), cross-validated by article.

    Party names are found with spaCy NER and masked, as in training; scores are in original offsets.

    Example: newsprobe evaluate ptc --ptc ../shared/datasets/ptc --folds 5 --fold 0
    (fold 0 of 5 is the one the shipped model never saw; other folds train a model first, needing
    the train extra).
    """
    import tempfile

    from newsprobe.components.techniques import MODEL_DIR
    from newsprobe.evaluate.ptc import evaluate_ptc, held_out_fold
    from newsprobe.ptc import load_ptc, split

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    model_dir = model_dir or MODEL_DIR
    articles = load_ptc(ptc)
    models: dict[int, Path] = {}
    with tempfile.TemporaryDirectory(prefix="newsprobe-ptc-") as tmp:
        for f in [fold] if fold is not None else range(folds):
            if not held_out_fold(model_dir, folds, f, len(split(articles, folds, f)[0])):
                from newsprobe.train.techniques import TrainConfig, train

                models[f] = Path(tmp) / f"fold{f}"
                train(TrainConfig(ptc_dir=ptc, out_dir=models[f], folds=folds, fold=f))
        result = evaluate_ptc(ptc, folds=folds, fold=fold, model_dir=model_dir, models=models)
    typer.echo(json.dumps(result, indent=2))


def train_cmd(
    ptc: Path = typer.Option(..., "--ptc", help="PTC folder (train-articles/, train-task-*.labels)"),
    out: Path = typer.Option(..., "--out", help="Where to write the model folder"),
    folds: int = typer.Option(5, "--folds", help="Number of folds, by article"),
    fold: int = typer.Option(0, "--fold", help="Fold held out from training and scored at the end"),
    epochs: int = typer.Option(3, "--epochs", help="Training epochs of the SI tagger"),
    cache: Path | None = typer.Option(None, "--cache", help="Folder to cache NER results and encodings in"),
    tagger_epochs: int = typer.Option(4, "--tagger-epochs", help="Fine-tuning epochs of the MiniLM tagger (0: none)"),
    tagger_lr: float = typer.Option(1e-4, "--tagger-lr", help="Learning rate of the MiniLM SI tagger"),
    multitask: float = typer.Option(0.0, "--multitask", help="Weight of the per-technique loss in the SI tagger"),
    one_pass: bool = typer.Option(False, "--one-pass/--two-pass", help="SI and TC both read the tagger (one "
                                  "encoder pass, as the shipped model), or the two-pass blend (default)"),
    tagger: Path | None = typer.Option(None, "--tagger", help="One pass: reuse this fine-tuned si.onnx (trained on "
                                       "the same folds); the decoding comes from the config.json beside it"),
    tc_layers: str = typer.Option("2,3,4,6", "--tc-layers", help="One pass: tagger layers TC may read, chosen by CV"),
    tc_c: str = typer.Option("0.001,0.003,0.01", "--tc-c", help="One pass: TC regularisation C, chosen by CV"),
    refit_all: bool = typer.Option(False, "--refit-all", help="One pass: after scoring the held-out fold and "
                                   "calibrating on it, refit the TC head on every article (the shipped model)"),
    all_articles: bool = typer.Option(False, "--all", help="One pass: fine-tune and fit on every article (no fold "
                                      "held out, nothing tuned) with the choices of the --recipe model"),
    recipe: Path | None = typer.Option(None, "--recipe", help="With --all: the config.json whose decoding, TC "
                                       "layer/C, confident threshold and temperature are kept (default: shipped)"),
) -> None:
    """Train the SI tagger and the TC classifier on party-masked texts (needs the train extra).

    About 45 minutes on 2 CPU cores, most of it fine-tuning MiniLM twice (less with --cache reused
    for NER and the frozen encodings; about 10 minutes with --tagger-epochs 0).

    Example: newsprobe train techniques --ptc ../shared/datasets/ptc --out src/newsprobe/models/techniques
    """
    import time

    from newsprobe.components.techniques import ModelConfig, TechniqueModel
    from newsprobe.evaluate.ptc import evaluate_model
    from newsprobe.ptc import load_ptc, split
    from newsprobe.train.techniques import TrainConfig, train, write_config

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    decode = None
    if tagger is not None and not one_pass:
        raise DatasetError(Code.BAD_OPTION, "--tagger is for --one-pass training")
    if tagger is not None:
        if not tagger.is_file() or not (tagger.parent / "config.json").is_file():
            raise DatasetError(Code.MISSING_PATH, f"--tagger needs an si.onnx with a config.json beside it: {tagger}")
        decode = ModelConfig.read(tagger.parent / "config.json").si_decode
        if tagger.resolve().parent == out.resolve():  # the folder is rewritten: keep the tagger aside
            import shutil
            import tempfile

            keep = Path(tempfile.mkdtemp(prefix="newsprobe-tagger-")) / tagger.name
            shutil.copy(tagger, keep)
            tagger = keep
    if refit_all and not one_pass:
        raise DatasetError(Code.BAD_OPTION, "--refit-all is for --one-pass training")
    if all_articles and (not one_pass or tagger is not None or refit_all):
        raise DatasetError(Code.BAD_OPTION, "--all is for --one-pass training, without --tagger or --refit-all")
    try:
        layers = tuple(int(x) for x in tc_layers.split(","))
        cs = tuple(float(x) for x in tc_c.split(","))
    except ValueError as exc:
        raise DatasetError(Code.BAD_OPTION, f"--tc-layers / --tc-c: comma-separated numbers ({exc})") from exc
    cfg = TrainConfig(ptc_dir=ptc, out_dir=out, folds=folds, fold=fold, epochs=epochs, cache=cache,
                      tagger_epochs=tagger_epochs, tagger_lr=tagger_lr, multitask=multitask,
                      one_pass=one_pass, tagger=tagger, decode=decode, tc_layers=layers, tc_c=cs)
    if all_articles:
        from newsprobe.components.techniques import MODEL_DIR
        from newsprobe.train.one_pass import train_one_pass_all

        source = recipe or MODEL_DIR / "config.json"
        if not source.is_file():
            raise DatasetError(Code.MISSING_PATH, f"--recipe: no such config.json: {source}")
        typer.echo(json.dumps(train_one_pass_all(cfg, ModelConfig.read(source))["trained_on"], indent=2))
        return  # no fold is held out: nothing left to score
    if one_pass:
        from newsprobe.train.one_pass import train_one_pass

        config = train_one_pass(cfg)
    else:
        config = train(cfg)
    _, held_out = split(load_ptc(ptc), folds, fold)
    t0 = time.time()
    scores = evaluate_model(TechniqueModel(out), held_out)
    scores["seconds"] = round(time.time() - t0, 1)
    config["held_out"] = scores
    write_config(out, config)
    typer.echo(json.dumps(scores, indent=2))
    if refit_all:
        from newsprobe.train.calibrate import calibrate_model
        from newsprobe.train.one_pass import refit_tc_on_all

        calibrate_model(ptc, out)  # on the held-out fold, while no part of the model has seen it
        refit_tc_on_all(cfg)
        typer.echo(f"TC head refitted on all articles; held-out figures above kept as held_out_before_refit in {out}")


def calibrate_cmd(
    ptc: Path = typer.Option(..., "--ptc", help="PTC folder (train-articles/, train-task-*.labels)"),
    model_dir: Path | None = typer.Option(None, "--model", help="Model folder (default: the shipped one)"),
    target: float = typer.Option(0.60, "--target", help="SI precision the confident spans must reach"),
) -> None:
    """Choose the confident-span threshold and the TC temperature by CV on the model's held-out fold.

    Writes both into the model's config.json; spans and labels found do not change.

    Example: newsprobe train calibrate --ptc ../shared/datasets/ptc
    """
    from newsprobe.components.techniques import MODEL_DIR
    from newsprobe.train.calibrate import calibrate_model

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    typer.echo(json.dumps(calibrate_model(ptc, model_dir or MODEL_DIR, target), indent=2))


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add this area's commands to the ``newsprobe`` app and its ``evaluate``/``train`` groups."""
    ptc_app = typer.Typer(help="SemEval-2020 Task 11 (PTC) input and output.", no_args_is_help=True)
    ptc_app.command("predict")(predict)
    app.add_typer(ptc_app, name="ptc")
    evaluate_app.command("ptc")(evaluate)
    train_app.command("techniques")(train_cmd)
    train_app.command("calibrate")(calibrate_cmd)
