# Gateway image: FastAPI and SQLite, no torch.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml ./
COPY ventral ./ventral
COPY services/gateway ./services/gateway
RUN pip install --no-cache-dir -e . -e services/gateway
EXPOSE 8000
CMD ["python", "-m", "ventral_gateway", "--host", "0.0.0.0", "--port", "8000"]
