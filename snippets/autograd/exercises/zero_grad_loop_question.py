import torch

target = torch.tensor([1.0, -2.0])


def train(w, steps):
    for _ in range(steps):
        w.grad.zero_()  # 想在每一步开始时清掉旧梯度
        loss = ((w - target) ** 2).sum()
        loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
    return loss


w = torch.zeros(2, requires_grad=True)
print(train(w, 50))
#> AttributeError: 'NoneType' object has no attribute 'zero_'
