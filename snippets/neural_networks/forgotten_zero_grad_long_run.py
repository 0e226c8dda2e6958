import torch
from torch import nn

X = torch.tensor([[0.0], [1.0], [2.0], [3.0]])
y = 2 * X + 1


def train(zero_grad):
    torch.manual_seed(0)
    net = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.02)
    losses = []
    for _ in range(1000):
        if zero_grad:
            optimizer.zero_grad()
        loss = nn.MSELoss()(net(X), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return net, losses


# 每步清零：每隔 100 步看一次损失，最后看学到的直线
net, losses = train(zero_grad=True)
print([round(v, 3) for v in losses[::100]])
#> [17.112, 0.005, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
print(f"w={net.weight.item():.2f}, b={net.bias.item():.2f}")
#> w=2.00, b=1.00

# 忘记清零：同样训练 1000 步
net, losses = train(zero_grad=False)
print([round(v, 3) for v in losses[::100]])
#> [17.112, 11.132, 3.559, 0.003, 3.351, 10.887, 16.994, 16.883, 10.739, 3.182]
print(f"w={net.weight.item():.2f}, b={net.bias.item():.2f}")
#> w=2.10, b=0.70

# 1000 步里最大的一次损失
print(f"max loss {max(losses):.3f}")
#> max loss 17.855
