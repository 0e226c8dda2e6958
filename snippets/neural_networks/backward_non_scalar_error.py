import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.randn(5, 4)
y = torch.randn(5, 1)

# reduction="none"：不汇总，每个样本各留一个损失
per_sample = nn.MSELoss(reduction="none")(net(X), y)
print(per_sample.shape)
#> torch.Size([5, 1])

# 5 个数的张量，不给 gradient= 就不能调用 backward()
per_sample.backward()
#> RuntimeError: grad can be implicitly created only for scalar outputs
