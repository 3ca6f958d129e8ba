"""The Gradio practice page: pick a scenario, talk to the debtor, see each turn scored.

Run ``python app.py`` (see the README). The page only calls the turn engine
(:class:`simulator.engine.PracticeCall`); it holds no call logic of its own. Endpoints have
stable ``api_name``s (``start``, ``send``, ``end``, ``scenarios``) so tests drive them with
``gradio_client``.
"""
from __future__ import annotations

import argparse
import logging
import os
import threading

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from simulator import config  # noqa: E402
from simulator.data.loader import load_personas, load_scenarios  # noqa: E402
from simulator.engine import PracticeCall, ReplyDelta, ReplyReplace, Scored, TurnDone  # noqa: E402
from simulator.errors import CoachError  # noqa: E402
from simulator.i18n import outcome_label, t  # noqa: E402
from simulator.models.base import ChatModel, ModelInfo  # noqa: E402
from simulator.models.registry import load_model  # noqa: E402
from simulator.storage import Store  # noqa: E402

log = logging.getLogger("coach.app")
DIMENSIONS = ("empathy", "clarity", "negotiation", "compliance")


def scenario_choices() -> list[tuple[str, str]]:
    personas = load_personas()
    choices = [(f"{s.title}（{personas[s.persona].name}，{s.difficulty}）", s.id) for s in load_scenarios().values()]
    return sorted(choices, key=lambda c: c[1])


def render_score(score: dict | None, lang: str) -> str:
    """Markdown for one scored collector turn: four scores, reasons, violations with evidence, a better line."""
    if not score:
        return ""
    lines = [f"| {t('feedback', lang)} | |", "|---|---|"]
    reasons = score.get("reasons") or {}
    for dim in DIMENSIONS:
        value = score["scores"].get(dim)
        shown = t("na", lang) if value is None else f"**{value}**"
        lines.append(f"| {t(dim, lang)} | {shown} {reasons.get(dim, '')} |")
    out = "\n".join(lines)
    if score.get("violations"):
        out += f"\n\n**{t('violations', lang)}**\n" + "\n".join(
            f"- `{v['rule']}` 「{v['evidence']}」 — {v.get('source', '')}" for v in score["violations"])
    if score.get("feedback"):
        out += f"\n\n{score['feedback']}"
    if score.get("better"):
        out += f"\n\n**{t('better', lang)}**：{score['better']}"
    return out


def render_summary(call: PracticeCall, lang: str) -> str:
    s = call.end()
    session = s.session
    verdict = t("passed", lang) if session.get("passed") else t("failed", lang)
    parts = [f"### {t('summary', lang)}",
             f"- {t('outcome', lang)}：**{outcome_label(s.outcome.get('kind', 'none'), lang)}**"
             + (f"（{s.outcome.get('amount')} 元，{s.outcome.get('date')}）" if s.outcome.get("amount") else ""),
             f"- {t('overall', lang)}：**{session.get('overall')}** — {verdict}"]
    for dim in DIMENSIONS:
        value = (session.get("scores") or {}).get(dim)
        parts.append(f"- {t(dim, lang)}：{t('na', lang) if value is None else value}")
    if session.get("violations"):
        parts.append(f"- {t('violations', lang)}：" + "；".join(
            f"`{v['rule']}` 「{v['evidence']}」" for v in session["violations"]))
    if session.get("missing"):
        parts.append(f"- {t('missing', lang)}：" + "、".join(f"`{m}`" for m in session["missing"]))
    return "\n".join(parts)


class CoachApp:
    """Holds the model, the store and the open calls; its methods are the page's handlers."""

    def __init__(self, model: ChatModel, info: ModelInfo, store: Store):
        self.model, self.info, self.store = model, info, store
        self.calls: dict[str, PracticeCall] = {}
        self._lock = threading.Lock()

    def model_banner(self, lang: str = "zh") -> str:
        text = f"{t('model', lang)}：`{self.model.backend}` · `{self.model.model_id}`"
        if self.info.problem:
            text = f"{t('model_problem', lang)}{self.info.problem}\n\n" + text
        return text

    def _call(self, session_id: str, lang: str) -> PracticeCall:
        call = self.calls.get(session_id or "")
        if call is None:
            raise gr.Error(t("no_call", lang))
        return call

    def start(self, scenario_id: str, lang: str = "zh"):
        try:
            call = PracticeCall.start(scenario_id, model=self.model, store=self.store)
        except CoachError as exc:
            raise gr.Error(str(exc)) from None
        with self._lock:
            self.calls[call.session_id] = call
        brief = f"**{t('brief', lang)}**：{call.scenario.brief}" if call.scenario else call.persona.summary
        history = [{"role": "assistant", "content": call.turns[0]["text"]}]
        return history, call.session_id, brief, ""

    def send(self, message: str, history: list | None, session_id: str, lang: str = "zh"):
        call = self._call(session_id, lang)
        try:
            events = call.take_turn(message)
            first = next(events)
        except CoachError as exc:
            raise gr.Error(str(exc)) from None
        history = list(history or []) + [{"role": "user", "content": message.strip()},
                                          {"role": "assistant", "content": ""}]
        feedback = render_score(first.score, lang) if isinstance(first, Scored) else ""
        yield history, "", feedback, ""
        summary = ""
        for event in events:
            if isinstance(event, ReplyDelta):
                history[-1]["content"] += event.text
            elif isinstance(event, ReplyReplace):
                history[-1]["content"] = event.text
            elif isinstance(event, TurnDone):
                history[-1]["content"] = event.reply
                if event.ended:
                    history.append({"role": "assistant", "content": f"📵 {t('hung_up', lang)}"})
                    summary = render_summary(call, lang)
            yield history, "", feedback, summary

    def end(self, session_id: str, lang: str = "zh") -> str:
        return render_summary(self._call(session_id, lang), lang)


def build_app(model: ChatModel | None = None, info: ModelInfo | None = None, store: Store | None = None) -> gr.Blocks:
    if model is None:
        model, info = load_model(None)
    info = info or ModelInfo(model.backend, model.model_id)
    if info.problem:
        log.warning("model not loaded, using the scripted backend: %s", info.problem)
    coach = CoachApp(model, info, store or Store(config.db_path()))
    choices = scenario_choices()

    with gr.Blocks(title="电催陪练 Collection Call Coach") as demo:
        lang = gr.State("zh")
        session_id = gr.State("")
        heading = gr.Markdown(f"# {t('title')}\n{t('subtitle')}")
        banner = gr.Markdown(coach.model_banner())
        with gr.Row():
            language = gr.Radio([("中文", "zh"), ("English", "en")], value="zh", label=t("language"), scale=1)
            scenario = gr.Dropdown(choices, value=choices[0][1] if choices else None, label=t("scenario"), scale=3)
            start_btn = gr.Button(t("start"), variant="primary", scale=1)
        brief = gr.Markdown()
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label=t("chat"), height=460)
                with gr.Row():
                    box = gr.Textbox(label=t("message"), placeholder=t("placeholder"), scale=5)
                    send_btn = gr.Button(t("send"), scale=1)
                end_btn = gr.Button(t("end"), variant="stop")
            with gr.Column(scale=2):
                feedback = gr.Markdown(label=t("feedback"))
                summary = gr.Markdown(label=t("summary"))

        def relabel(code: str):
            return (code, f"# {t('title', code)}\n{t('subtitle', code)}", coach.model_banner(code),
                    gr.update(label=t("scenario", code)), gr.update(value=t("start", code)),
                    gr.update(label=t("message", code), placeholder=t("placeholder", code)),
                    gr.update(value=t("send", code)), gr.update(value=t("end", code)))

        language.change(relabel, language, [lang, heading, banner, scenario, start_btn, box, send_btn, end_btn],
                        api_visibility="private")

        def list_scenarios() -> list[list[str]]:
            """[label, id] of every scenario a call can be practised on."""
            return [[label, value] for label, value in scenario_choices()]

        gr.api(list_scenarios, api_name="scenarios")
        start_btn.click(coach.start, [scenario, lang], [chat, session_id, brief, summary], api_name="start")
        box.submit(coach.send, [box, chat, session_id, lang], [chat, box, feedback, summary], api_name="send")
        send_btn.click(coach.send, [box, chat, session_id, lang], [chat, box, feedback, summary],
                       api_visibility="private")
        end_btn.click(coach.end, [session_id, lang], summary, api_name="end")
    demo.queue(default_concurrency_limit=4, max_size=64)
    return demo


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="电催陪练 Collection Call Coach — the practice page.")
    parser.add_argument("--backend", default=None,
                        help="model spec, e.g. llamacpp, llamacpp:qwen2.5-0.5b, transformers:/path, scripted "
                             "(default: $COACH_BACKEND, else llamacpp:qwen2.5-1.5b)")
    parser.add_argument("--host", default=os.environ.get("COACH_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("COACH_PORT", "7860")))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    model, info = load_model(args.backend)
    log.info("debtor voice: %s:%s", model.backend, model.model_id)
    build_app(model, info).launch(server_name=args.host, server_port=args.port)


if __name__ == "__main__":
    main()
