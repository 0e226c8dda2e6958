import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(4, 1)
per_sample = nn.MSELoss(reduction="none")

# 同一个模型，换不同大小的批量，比较权重梯度的大小（L2 范数）
for N in [8, 64, 512]:
    X = torch.randn(N, 4)
    y = torch.randn(N, 1)

    net.zero_grad()
    per_sample(net(X), y).sum().backward()
    norm_sum = torch.linalg.vector_norm(net.weight.grad).item()

    net.zero_grad()
    per_sample(net(X), y).mean().backward()
    norm_mean = torch.linalg.vector_norm(net.weight.grad).item()

    print(f"N={N}: sum {norm_sum:.2f}, mean {norm_mean:.2f}")
    #> N=8: sum 20.27, mean 2.53
    #> N=64: sum 75.01, mean 1.17
    #> N=512: sum 632.28, mean 1.23
