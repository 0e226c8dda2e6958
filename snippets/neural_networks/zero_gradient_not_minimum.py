import torch

# 一个有两个“谷底”的损失：L(w) = (w^2 - 1)^2，在 w = 1 和 w = -1 处最小
for start in [0.0, 1.0]:
    w = torch.tensor(start, requires_grad=True)
    loss = (w**2 - 1) ** 2
    loss.backward()
    # 两处的梯度都是 0，损失却一个是 1、一个是 0
    print(f"w={start}: loss {loss.item()}, grad is 0: {w.grad.item() == 0}")
    #> w=0.0: loss 1.0, grad is 0: True
    #> w=1.0: loss 0.0, grad is 0: True
