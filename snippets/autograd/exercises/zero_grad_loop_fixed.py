import torch

target = torch.tensor([1.0, -2.0])


def train(w, steps):
    for _ in range(steps):
        # 设成 None 而不是 zero_()：第一步时梯度本来就是 None，也不会出错
        w.grad = None
        loss = ((w - target) ** 2).sum()
        loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
    return loss


w = torch.zeros(2, requires_grad=True)
loss = train(w, 50)
print(w)
#> tensor([ 1.0000, -2.0000], requires_grad=True)
# 更新在 no_grad 里做，w 一直是叶子；最后一步的损失已接近 0
print(w.is_leaf, loss.item() < 1e-6)
#> True True
