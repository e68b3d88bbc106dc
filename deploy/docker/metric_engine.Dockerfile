# Metric engine image: CPU only, no torch.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml ./
COPY ventral ./ventral
COPY services/metric_engine ./services/metric_engine
RUN pip install --no-cache-dir -e . -e services/metric_engine
EXPOSE 50052
CMD ["python", "-m", "ventral_engine.server", "--host", "0.0.0.0", "--port", "50052"]
