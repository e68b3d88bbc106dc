# Model runner image. The CPU build installs torch 2.13.0 and onnxruntime; build the GPU variant with
# --build-arg GPU=1, which installs onnxruntime-gpu (torch's CUDA wheels come from the default index).
FROM python:3.11-slim
ARG GPU=0
WORKDIR /app
COPY pyproject.toml ./
COPY ventral ./ventral
COPY services/model_runner ./services/model_runner
RUN pip install --no-cache-dir -e . -e services/model_runner \
    && if [ "$GPU" = "1" ]; then pip uninstall -y onnxruntime && pip install --no-cache-dir onnxruntime-gpu; fi
EXPOSE 50051
CMD ["python", "-m", "ventral_runner.server", "--host", "0.0.0.0", "--port", "50051"]
